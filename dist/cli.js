import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  policySource,
  reviewLintProblems
} from "./chunks/chunk-RR3W2K6S.js";
import {
  GATES
} from "./chunks/chunk-6TYMBEA6.js";
import "./chunks/chunk-JX7HLXOR.js";
import "./chunks/chunk-5MOUHJ6R.js";
import "./chunks/chunk-ONMZHF5R.js";
import "./chunks/chunk-33EB42QA.js";
import {
  MemoryDeploymentRecord
} from "./chunks/chunk-BRXCMYQM.js";
import "./chunks/chunk-OB2H2OIL.js";
import "./chunks/chunk-U7Q2ZDOI.js";
import "./chunks/chunk-D4T5WCNI.js";
import {
  evaluateReview,
  renderVerdict
} from "./chunks/chunk-PARDDS2Y.js";
import "./chunks/chunk-ROMGVRZZ.js";
import {
  isEmptyActors,
  pullSnapshotSchema
} from "./chunks/chunk-7WNYUX7S.js";
import {
  COLORS,
  ColorPool,
  DEFAULT_TOKEN_ENV,
  DriverMeasurer,
  LatencyCounters,
  PromotionService,
  Splitter,
  createDriver,
  environmentOf,
  isColor,
  notifierSink,
  otherColor,
  policyMetricSource,
  requiredChecks,
  upstreamProblem,
  weightProblem,
  weightsOf,
  writeFileAtomic
} from "./chunks/chunk-GFYQ6F56.js";
import "./chunks/chunk-3XKIW7VL.js";
import "./chunks/chunk-FV4S3KIS.js";
import "./chunks/chunk-CR3PXB5O.js";
import "./chunks/chunk-UCO5GRH5.js";
import {
  EXIT_FOR,
  codeBlock,
  gateResult,
  isGateResult
} from "./chunks/chunk-XJ3SIHHK.js";
import "./chunks/chunk-WF6MYNSV.js";
import {
  FILE_LIMITS,
  GATE_NAMES,
  ReadLimitedError,
  defaultMessage,
  describe,
  describeReadProblem,
  isRemoteExtends,
  loadPolicy,
  packageVersion,
  readLimited,
  remoteFromEnv,
  suggest,
  useInstalledTools
} from "./chunks/chunk-WJQ75HG4.js";
import {
  CHECK_CONCLUSIONS,
  MAX_POLICY_BYTES,
  REQUEST_REVIEW_MODES,
  parseYamlSource,
  review
} from "./chunks/chunk-DGX4CH5M.js";
import {
  ConfigError,
  EXIT,
  PolicyError,
  ProblemsError,
  UsageError,
  describeError,
  external_exports,
  formatProblem,
  githubLogin,
  githubTeam,
  githubUser,
  globProblem,
  patternProblem,
  permission,
  plural,
  quotePattern,
  require_dist
} from "./chunks/chunk-64HVLF7C.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-TFUP5NS4.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag2) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag2.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag2, candidateFlags);
        }
        const message = `error: unknown option '${flag2}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/commands/gate.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/cli/io.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function processIo() {
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`),
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
    env: process.env
  };
}
function colors(io) {
  return (0, import_picocolors.createColors)(io.interactive && !io.env.NO_COLOR);
}
function progress(io, label, quiet = false) {
  const c = colors(io);
  const started = Date.now();
  return (message) => {
    if (quiet && !io.interactive) return;
    const seconds = ((Date.now() - started) / 1e3).toFixed(1).padStart(5);
    io.err(`${c.dim(`${seconds}s`)} ${c.cyan(`[${label}]`)} ${message}`);
  };
}

// src/cli/json-printed.ts
var JSON_PRINTED = /* @__PURE__ */ Symbol("terrafusion.jsonPrinted");
var ALSO = /* @__PURE__ */ Symbol("terrafusion.also");

// src/cli/options.ts
import { statSync } from "node:fs";
function cwdOption(description = "the repository root") {
  return new Option("--cwd <dir>", description).default(".").argParser(existingFolder("--cwd"));
}
function existingFolder(flag2) {
  return (value) => {
    const stat = statSync(value, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`${flag2} ${value}: no such folder (give an existing folder)`);
    if (!stat.isDirectory())
      throw new UsageError(
        `${flag2} ${value}: not a folder (give the folder that holds the file, not the file)`
      );
    return value;
  };
}
function portFlag(flag2) {
  return (value) => {
    const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(port) || port > 65535)
      throw new UsageError(
        `${flag2} ${JSON.stringify(value)}: expected a port number from 0 to 65535 (0 picks a free one)`
      );
    return value;
  };
}
function colorFlag(flag2) {
  return (value) => {
    if (value !== "blue" && value !== "green")
      throw new UsageError(`${flag2} ${JSON.stringify(value)}: expected blue or green`);
    return value;
  };
}
function upstreamsFlag(flag2) {
  return (value) => {
    const addresses = value.split(",").map((address) => address.trim()).filter(Boolean);
    if (addresses.length === 0)
      throw new UsageError(
        `${flag2} ${JSON.stringify(value)}: give at least one upstream, e.g. 127.0.0.1:8081`
      );
    for (const address of addresses) {
      const problem = upstreamProblem(address);
      if (problem) throw new UsageError(`${flag2}: ${problem}, comma-separated`);
    }
    return addresses;
  };
}

// src/cli/commands/gate.ts
function registerGateCommands(program2, io, setExitCode) {
  const gate = program2.command("gate").description("run a quality gate: exit 0 when it holds, 1 when it fails, 2 when it cannot be measured");
  for (const definition of GATES) {
    const command = gate.command(definition.name).description(definition.summary).addOption(cwdOption("the repository or project folder")).option(
      "--policy <file>",
      "the policy file (default: .github/terrafusion.yml or .yaml under --cwd, else the defaults)"
    ).option("--base <ref>", "compare against this git ref (a pull request's base); omit for a full run").option("--json", "print the GateResult JSON instead of the summary (also when the gate cannot run)").option(
      "--output <file>",
      "also write the GateResult JSON to this file (also when the gate cannot run)"
    );
    definition.configure?.(command);
    command.action(async (flags) => {
      const cwd = resolve(flags.cwd);
      const { cwd: _c, policy: _p, base, json: json2, output, ...options } = flags;
      const startedAt = /* @__PURE__ */ new Date();
      let result;
      try {
        const { policy } = await loadPolicy({ cwd, file: flags.policy }, io.env);
        result = await definition.run({
          cwd,
          policy,
          base,
          options,
          progress: progress(io, definition.name, Boolean(json2))
        });
      } catch (error) {
        if (!(error instanceof UsageError) || !(json2 || output)) throw error;
        const { message } = describeError(error);
        const failed = gateResult({
          gate: definition.name,
          conclusion: "error",
          headline: message.split("\n")[0] ?? message,
          error: message,
          summary: `### ${definition.name}: error

${codeBlock(message)}
`,
          startedAt: startedAt.toISOString(),
          durationMs: Date.now() - startedAt.getTime()
        });
        if (json2) io.out(JSON.stringify(failed, null, 2));
        const unwritten2 = output ? writeResult(output, failed, Boolean(json2)) : void 0;
        throw Object.assign(error, {
          [JSON_PRINTED]: Boolean(json2),
          [ALSO]: unwritten2 ? [`terrafusion: ${unwritten2.message}`] : []
        });
      }
      io.out(json2 ? JSON.stringify(result, null, 2) : renderResult(result, io));
      setExitCode(EXIT_FOR[result.conclusion]);
      const unwritten = output ? writeResult(output, result, Boolean(json2)) : void 0;
      if (unwritten) throw unwritten;
    });
  }
  gate.usage("<gate> [options]").argument("[name]", "the gate to run (see Commands)").allowExcessArguments().action((name) => {
    const names = GATES.map((g) => g.name);
    throw new UsageError(
      name ? `unknown gate ${JSON.stringify(name)}${suggest(name, names)} (expected one of: ${names.join(", ")})` : `name a gate: terrafusion gate ${names.join("|")} (see terrafusion gate --help)`
    );
  });
}
function writeResult(file, result, json2) {
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}
`);
    return void 0;
  } catch (error) {
    return Object.assign(
      new UsageError(
        `--output ${file}: cannot write the result (${error.code ?? error.message}); give a file path in a writable folder`
      ),
      { [JSON_PRINTED]: json2 }
    );
  }
}
function renderResult(result, io) {
  const c = colors(io);
  const mark = {
    success: c.green("\u2713 passed"),
    failure: c.red("\u2717 failed"),
    error: c.red("! error"),
    skipped: c.dim("- skipped")
  }[result.conclusion];
  return `${mark} ${result.gate}: ${result.headline}

${result.summary}`.trimEnd();
}

// src/policy/explain.ts
var import_yaml = __toESM(require_dist(), 1);

// src/review/defaults.ts
var REVIEW_DEFAULTS = [
  {
    key: "invalidate-on-push",
    value: "true",
    meaning: "an approval given before the last push does not count (policy-bot: false)"
  },
  { key: "allow-author", value: "false", meaning: "the author's own approval does not count" },
  {
    key: "allow-contributors",
    value: "false",
    meaning: "the approval of someone who pushed commits does not count"
  },
  { key: "methods.github-review", value: "true", meaning: "an approving GitHub review approves" },
  {
    key: "methods.comment-patterns",
    value: "[]",
    meaning: "no comment approves: only GitHub reviews count (policy-bot also counts comments containing :+1: or \u{1F44D}; write comment-patterns: [':\\+1:', '\u{1F44D}'] for that)"
  },
  {
    key: "methods.github-review-comment-patterns",
    value: "[]",
    meaning: "an approving review counts whatever its body says"
  },
  { key: "methods.body-patterns", value: "[]", meaning: "the pull request's description never approves" },
  {
    key: "ignore-commits-by",
    value: "nobody",
    meaning: "every commit makes its author and committer contributors and, pushed, invalidates approvals"
  },
  {
    key: "ignore-update-merges",
    value: "false",
    meaning: "merging the base branch in (Update branch) counts as a push like any other"
  },
  {
    key: "ignore-edited-comments",
    value: "false",
    meaning: "an edited comment, review body or description still approves"
  },
  {
    key: "disapproval.enabled",
    value: "true",
    meaning: "disapproval is on (policy-bot: off unless disapproval.requires names people)"
  },
  {
    key: "disapproval.who",
    value: "{ permissions: [write] }",
    meaning: "anyone with write (or higher) permission may disapprove; the author never blocks their own pull request"
  },
  {
    key: "disapproval.comment-patterns",
    value: "[]",
    meaning: 'only a "changes requested" review disapproves; no comment does (policy-bot: comments containing :-1: or \u{1F44E})'
  },
  {
    key: "disapproval.revoke-patterns",
    value: "[]",
    meaning: "a disapproval stands until the same person approves, or their review is dismissed"
  },
  { key: "disapproval.if", value: "none", meaning: "no condition blocks the pull request by itself" },
  {
    key: "combine",
    value: "all rules",
    meaning: "every rule that applies must be approved; skipped rules are left out"
  },
  { key: "rules[].if", value: "none", meaning: "the rule applies to every pull request" },
  {
    key: "rules[].require.count",
    value: "1",
    meaning: "one approval (0 when the rule requires code-owners or each-team instead)"
  },
  {
    key: "rules[].require (nobody listed)",
    value: "{ permissions: [write] }",
    meaning: "a count with no users, teams, organizations or permissions counts approvals from people with write (or higher) permission, as GitHub's required reviews do (policy-bot counts nobody)"
  },
  {
    key: "rules[].if.checks.conclusions, workflows.conclusions",
    value: "[success]",
    meaning: "a check, status or workflow run counts only when it succeeded"
  },
  {
    key: "rules[].request-review",
    value: "none",
    meaning: "nobody is asked for a review; a block written without enabled is on, with mode random-users and count the rule's count, at least 1 (policy-bot: request_review is off unless enabled: true)"
  }
];
function requirementInWords(rule) {
  const require2 = rule.require;
  const extra = Boolean(require2["code-owners"] || require2["each-team"]?.length);
  const count = require2.count ?? (extra ? 0 : 1);
  const written = require2.count === void 0 ? " (count left out)" : "";
  if (count === 0) return `no approval by count${written}`;
  const from = isEmptyActors(require2) ? "people with write (or higher) permission (nobody listed: GitHub's rule)" : "the people listed";
  return `${plural(count, "approval")}${written} from ${from}`;
}
function requestInWords(rule) {
  const request = rule["request-review"];
  if (!request) return void 0;
  if (request.enabled === false) return "asks nobody for reviews (request-review.enabled: false)";
  const modeLeftOut = request.mode === void 0 ? " (mode left out: random-users)" : "";
  const pending = "while it is pending, once per head commit, never the author";
  switch (request.mode ?? "random-users") {
    case "all-users":
      return `asks everyone who could approve it for reviews ${pending}`;
    case "teams": {
      const teams = [...rule.require.teams ?? [], ...rule.require["each-team"] ?? []];
      return `asks its teams (${teams.join(", ") || "none named"}) for reviews ${pending}`;
    }
    default: {
      const count = request.count ?? Math.max(1, rule.require.count ?? 1);
      const written = request.count === void 0 ? " (count left out: the rule's count, at least 1)" : "";
      return `asks ${plural(count, "person", "people")}${written} who could approve it, at random${modeLeftOut}, for reviews ${pending}`;
    }
  }
}
function explainReviewDefaults(review2, writtenByUser) {
  if (!review2) return [];
  const lines = ["", "# Review: what the keys left out mean (docs/review.md, Defaults)"];
  for (const entry of REVIEW_DEFAULTS) {
    if (!entry.key.startsWith("rules[]") && writtenByUser(entry.key)) continue;
    lines.push(`#   ${entry.key}: ${entry.value} - ${entry.meaning}`);
  }
  for (const rule of review2.rules ?? []) {
    lines.push(`#   rule ${JSON.stringify(rule.name)} requires ${requirementInWords(rule)}`);
    const request = requestInWords(rule);
    if (request) lines.push(`#   rule ${JSON.stringify(rule.name)} ${request}`);
  }
  return lines;
}

// src/policy/explain.ts
function explainPolicy(loaded) {
  const document = new import_yaml.Document(loaded.merged);
  const own = loaded.files[0];
  annotate(document.contents, "", loaded.origins, own);
  const header2 = [
    `# Effective policy: ${loaded.files.length > 0 ? loaded.files.join(" extends ") : "no policy file, defaults only"}`,
    "# Values marked 'default' come from TerraFusion's production plan (policies/production-plan.yml)."
  ];
  if (loaded.files.some(isRemoteExtends))
    header2.push(
      "# Files of other repositories (OWNER/REPO:PATH@REF) were read here with your GitHub token; the app reads them with its installation's token."
    );
  const userWrote = (key) => {
    const origin = loaded.origins.get(`review.${key}`);
    return origin !== void 0 && origin !== "defaults";
  };
  const review2 = explainReviewDefaults(loaded.policy.review, userWrote);
  return `${header2.join("\n")}
${document.toString({ lineWidth: 0 })}${review2.length ? `${review2.join("\n")}
` : ""}`;
}
function annotate(node, prefix, origins, own) {
  if (!(0, import_yaml.isMap)(node)) return;
  for (const pair of node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
    const path = prefix ? `${prefix}.${key}` : key;
    const value = pair.value;
    const origin = origins.get(path);
    if ((0, import_yaml.isMap)(value) && value.items.length > 0) {
      annotate(value, path, origins, own);
    } else if (origin && origin !== own && value) {
      const label = origin === "defaults" ? " default" : ` from ${origin}`;
      if ((0, import_yaml.isSeq)(value)) value.flow = true;
      value.comment = label;
    }
  }
}

// src/cli/commands/policy.ts
function registerPolicyCommands(program2, io) {
  const policy = program2.command("policy").description("check and explain a policy file (.github/terrafusion.yml)");
  policy.command("validate").description("check a policy file; print every problem as FILE:LINE:COL key.path: message").argument(
    "[file]",
    "the policy file (default: .github/terrafusion.yml or .yaml, or the defaults alone when there is none)"
  ).addOption(cwdOption()).option("--json", "print {valid, file, files, summary, problems} as JSON (also when invalid)").action(async (file, flags) => {
    try {
      const loaded = await loadWithRemote(flags.cwd, file, io);
      await lintSemantics(loaded, flags.cwd, io);
      const summary = describePolicy(loaded.policy);
      const name = loaded.files[0] ?? "defaults";
      if (flags.json)
        io.out(
          JSON.stringify({ valid: true, file: name, files: loaded.files, summary, problems: [] }, null, 2)
        );
      else io.out(`${colors(io).green("\u2713")} ${name}: valid (${summary})`);
    } catch (error) {
      if (flags.json && error instanceof UsageError) {
        const policyError = error instanceof PolicyError ? error : void 0;
        const problems = policyError?.problems ?? [];
        const files = policyError?.files ?? (file ? [file] : []);
        const fields = problems.length > 0 ? {} : { error: error.message };
        io.out(
          JSON.stringify(
            { valid: false, file: file ?? files[0] ?? null, files, ...fields, problems },
            null,
            2
          )
        );
        throw Object.assign(error, { [JSON_PRINTED]: true });
      }
      throw error;
    }
  });
  policy.command("explain").description(
    "print the effective policy: your file merged over the production plan's defaults, marking defaults"
  ).argument("[file]", "the policy file (default: .github/terrafusion.yml or .yaml)").addOption(cwdOption()).option("--json", "print the effective policy and the origin of each value as JSON").action(async (file, flags) => {
    const loaded = await loadWithRemote(flags.cwd, file, io);
    if (flags.json) {
      io.out(
        JSON.stringify(
          { files: loaded.files, policy: loaded.policy, origins: Object.fromEntries(loaded.origins) },
          null,
          2
        )
      );
    } else {
      io.out(explainPolicy(loaded));
    }
  });
}
async function loadWithRemote(cwd, file, io) {
  const { remote, notice } = await remoteFromEnv(io.env);
  const loaded = await loadPolicy({ cwd, file, remote }, io.env);
  if (notice && loaded.files.some((name) => isRemoteExtends(name))) io.err(notice);
  return loaded;
}
async function lintSemantics(loaded, cwd, io) {
  const { lintActors } = await import("./chunks/actor-lint-R5X7GIH6.js");
  const actors = await lintActors(loaded, cwd, io.env);
  for (const notice of actors.notices) io.err(notice);
  const problems = [...reviewLintProblems(loaded, policySource(cwd)), ...actors.problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
  );
  if (problems.length > 0) {
    if (actors.error) io.err(`terrafusion: ${actors.error.message}`);
    throw new PolicyError(problems, loaded.files);
  }
  if (actors.error) throw actors.error;
}
function describePolicy(policy) {
  const gates = GATE_NAMES.filter((name) => policy.gates?.[name]?.enabled);
  const rules = policy.review?.rules?.length ?? 0;
  const environments = Object.keys(policy.deploy?.environments ?? {}).length;
  return [
    gates.length > 0 ? `gates: ${gates.join(", ")}` : "no gates enabled",
    plural(rules, "review rule"),
    plural(environments, "environment")
  ].join("; ");
}

// src/fs/gate-results.ts
import { readdirSync, statSync as statSync2 } from "node:fs";
import { join, resolve as resolve2 } from "node:path";
var WRITE_ONE = "write one with terrafusion gate NAME --output FILE";
function readGateResults(cwd, paths2) {
  const byGate = /* @__PURE__ */ new Map();
  for (const given of paths2) {
    const stat = statSync2(resolve2(cwd, given), { throwIfNoEntry: false });
    if (!stat)
      throw new UsageError(
        `--results ${given}: no such file or folder (give a gate's GateResult JSON or a folder of them; ${WRITE_ONE})`
      );
    const folder = stat.isDirectory();
    const files = folder ? readdirSync(resolve2(cwd, given)).filter((name) => name.endsWith(".json")).sort().map((name) => join(given, name)) : [given];
    let found = 0;
    for (const file of files) {
      const result = readResult(cwd, file, folder);
      if (!result) continue;
      found += 1;
      const seen = byGate.get(result.gate);
      if (seen)
        throw new UsageError(
          `--results: two ${result.gate} results (${seen.file} and ${file}); give one result per gate`
        );
      byGate.set(result.gate, { result, file });
    }
    if (folder && found === 0)
      throw new UsageError(`--results ${given}: no GateResult JSON in this folder (${WRITE_ONE})`);
  }
  return [...byGate.values()].map(({ result }) => result);
}
function readResult(cwd, file, inFolder) {
  let value;
  try {
    value = JSON.parse(readLimited(resolve2(cwd, file), FILE_LIMITS.json).toString("utf8"));
  } catch (error) {
    if (inFolder) return void 0;
    const problem = error.problem;
    throw new UsageError(
      `--results ${file}: ${problem ? describeReadProblem(problem) : `not JSON (${error.message})`}`
    );
  }
  if (isGateResult(value)) return value;
  if (inFolder) return void 0;
  throw new UsageError(
    `--results ${file}: not a GateResult (expected schema terrafusion/gate-result@1 with a gate and a conclusion); ${WRITE_ONE}`
  );
}

// src/promotion/gate-checks.ts
var CONCLUSION = {
  success: "success",
  skipped: "skipped",
  failure: "failure",
  error: "failure"
};
function gateCheckRuns(results) {
  return results.map((result) => ({
    name: `TerraFusion / ${result.gate}`,
    status: "completed",
    conclusion: CONCLUSION[result.conclusion]
  }));
}

// src/router/router.ts
import http from "node:http";
import { performance } from "node:perf_hooks";

// src/router/admin.ts
import { timingSafeEqual } from "node:crypto";

// src/router/body.ts
var ADMIN_BODY_LIMIT = 64 * 1024;
var BodyTooLarge = class extends Error {
  constructor(limit) {
    super(`request body over ${limit} bytes`);
    this.limit = limit;
  }
  limit;
};
function announcesTooMuch(request, limit) {
  const declared = request.headers["content-length"];
  return declared !== void 0 && Number(declared) > limit;
}
function readBody(request, limit) {
  if (announcesTooMuch(request, limit)) return Promise.reject(new BodyTooLarge(limit));
  return new Promise((resolve5, reject) => {
    const chunks = [];
    let size = 0;
    const stop = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        request.pause();
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve5(Buffer.concat(chunks));
    };
    const onError = (error) => {
      stop();
      reject(error);
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
  });
}

// src/router/prometheus.ts
function prometheusText(router) {
  const families = routerFamilies(router);
  const lines = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const [name, labels2, value] of family.samples)
      lines.push(`${name}${labelText(labels2)} ${number(value)}`);
  }
  return `${lines.join("\n")}
`;
}
function routerFamilies(router) {
  const snapshots = COLORS.map((color) => ({ color, snap: router.snapshot(color) }));
  const duration = "terrafusion_router_request_duration_seconds";
  const weights = weightsOf({ active: router.activeColor, weight: router.weight });
  return [
    {
      name: "terrafusion_router_active_color",
      help: "1 for the color that receives new requests.",
      type: "gauge",
      samples: COLORS.map((color) => [
        "terrafusion_router_active_color",
        { color },
        router.activeColor === color ? 1 : 0
      ])
    },
    {
      name: "terrafusion_router_traffic_weight_percent",
      help: "Percent of new requests sent to the color (100 for the active one in blue-green).",
      type: "gauge",
      samples: COLORS.map((color) => [
        "terrafusion_router_traffic_weight_percent",
        { color },
        weights[color]
      ])
    },
    {
      name: "terrafusion_router_requests_total",
      help: "Requests proxied, by color.",
      type: "counter",
      samples: snapshots.map(({ color, snap }) => [
        "terrafusion_router_requests_total",
        { color },
        snap.requests
      ])
    },
    {
      name: "terrafusion_router_errors_total",
      help: "Requests that failed (5xx or no answer), by color.",
      type: "counter",
      samples: snapshots.map(({ color, snap }) => [
        "terrafusion_router_errors_total",
        { color },
        snap.errors
      ])
    },
    {
      name: "terrafusion_router_upstream_healthy",
      help: "1 when an upstream passes its health check.",
      type: "gauge",
      samples: COLORS.flatMap(
        (color) => router.pools[color].upstreams.map(
          (upstream) => [
            "terrafusion_router_upstream_healthy",
            { color, upstream: upstream.url.host },
            upstream.healthy ? 1 : 0
          ]
        )
      )
    },
    {
      name: "terrafusion_router_switches_total",
      help: "Switches of the active color.",
      type: "counter",
      samples: [["terrafusion_router_switches_total", {}, router.switches.length]]
    },
    {
      name: "terrafusion_router_weight_changes_total",
      help: "Changes of the canary weight.",
      type: "counter",
      samples: [["terrafusion_router_weight_changes_total", {}, router.weightChanges.length]]
    },
    {
      name: duration,
      help: "Time from request to the end of the response.",
      type: "histogram",
      samples: snapshots.flatMap(({ color, snap }) => [
        ...snap.bucketsMs.map(
          (bound, i) => [
            `${duration}_bucket`,
            { color, le: Number.isFinite(bound) ? String(bound / 1e3) : "+Inf" },
            snap.bucketCounts[i] ?? 0
          ]
        ),
        [`${duration}_sum`, { color }, snap.latencySumMs / 1e3],
        [`${duration}_count`, { color }, snap.requests]
      ])
    }
  ];
}
function labelText(labels2) {
  const pairs = Object.entries(labels2).map(([name, value]) => `${name}="${escapeLabel(value)}"`);
  return pairs.length ? `{${pairs.join(",")}}` : "";
}
function escapeLabel(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function escapeHelp(text) {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function number(value) {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : "-Inf";
  return String(value);
}

// src/router/state.ts
import { readFile } from "node:fs/promises";
var FORM = '{"version":1,"active":"blue"|"green","weight":0-100}';
var StateWriteError = class extends ConfigError {
  name = "StateWriteError";
};
var FIX = "fix it, or remove it to start from the --active flag";
async function readRouterState(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    throw new ConfigError(`router state ${file}: cannot read it (${code ?? error.message})`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const [line, column] = lineColumn(text, error.message);
    throw new ConfigError(
      `${file}:${line}:${column}: the router state is not JSON (${error.message}); ${FIX}`
    );
  }
  const problem = stateProblem(parsed);
  if (problem) throw new ConfigError(`${file}: not a router state: ${problem} (expected ${FORM}); ${FIX}`);
  const { active, weight } = parsed;
  return { active, weight };
}
function stateProblem(state) {
  if (typeof state !== "object" || state === null || Array.isArray(state)) return "not a JSON object";
  const { version, active, weight, ...rest } = state;
  const unknown = Object.keys(rest)[0];
  if (unknown !== void 0) return `unknown key ${JSON.stringify(unknown)}`;
  if (version !== 1) return `"version" is ${JSON.stringify(version) ?? "missing"}, not 1`;
  if (!isColor(active)) return `"active" is ${JSON.stringify(active) ?? "missing"}, not "blue" or "green"`;
  const weightWrong = weightProblem(weight);
  return weightWrong ? `"weight": ${weightWrong}` : void 0;
}
async function writeRouterState(file, split) {
  try {
    await writeFileAtomic(file, `${JSON.stringify({ version: 1, ...split })}
`);
  } catch (error) {
    const code = error.code ?? error.message;
    throw new StateWriteError(
      `router state ${file}: cannot write it (${code}); give a --state in a writable folder`
    );
  }
}
function lineColumn(text, message) {
  const match = /position (\d+)/.exec(message);
  const at = match ? Number(match[1]) : text.length;
  const before = text.slice(0, at).split("\n");
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

// src/router/admin.ts
async function handleAdmin(router, request, response) {
  try {
    await route(router, request, response);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    tooLarge(response);
  }
}
async function route(router, request, response) {
  if (announcesTooMuch(request, ADMIN_BODY_LIMIT)) return tooLarge(response);
  const url = new URL(request.url ?? "/", "http://admin");
  const route2 = `${request.method} ${url.pathname}`;
  if (route2 === "GET /healthz") return json(response, 200, { ok: true });
  if (route2 === "GET /metrics") {
    response.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    response.end(prometheusText(router));
    return;
  }
  if (!authorized(router.options.token, request.headers.authorization))
    return json(response, 401, { error: "missing or wrong bearer token (Authorization: Bearer TOKEN)" });
  if (route2 === "GET /status") return json(response, 200, status(router));
  if (route2 === "POST /switch") {
    const body = await readJson(request);
    const to = body?.to;
    if (!isColor(to)) return json(response, 400, { error: 'send {"to":"blue"} or {"to":"green"}' });
    const health = router.pools[to].health();
    if (router.options.requireHealthy !== false && !health.healthy && body?.force !== true)
      return json(response, 409, { error: `refusing to switch to ${to}: ${health.detail}` });
    const record = await persisted(response, () => router.switchTo(to));
    if (!record) return;
    return json(response, 200, { active: to, previous: record.from, at: record.at });
  }
  if (route2 === "POST /weight") {
    const body = await readJson(request);
    const { color, percent } = body ?? {};
    const problem = isColor(color) ? weightProblem(percent) : 'send {"color":"green","percent":10}';
    if (problem) return json(response, 400, { error: problem });
    const canary = color;
    if (canary === router.activeColor)
      return json(response, 409, {
        error: `${canary} is the active color; the weight is the share of ${otherColor(canary)}, the canary`
      });
    const health = router.pools[canary].health();
    if (router.options.requireHealthy !== false && !health.healthy && percent !== 0 && body?.force !== true)
      return json(response, 409, { error: `refusing to send traffic to ${canary}: ${health.detail}` });
    const record = await persisted(response, () => router.setWeight(canary, percent));
    if (!record) return;
    return json(response, 200, {
      active: router.activeColor,
      weight: record.to,
      previous: record.from,
      at: record.at,
      weights: weightsOf({ active: router.activeColor, weight: record.to })
    });
  }
  const colorRoute = /^PUT \/colors\/(blue|green)$/.exec(route2);
  if (colorRoute) {
    const color = colorRoute[1];
    const body = await readJson(request);
    const upstreams = body?.upstreams;
    if (!Array.isArray(upstreams) || upstreams.length === 0 || !upstreams.every((u) => typeof u === "string" && u.length > 0))
      return json(response, 400, { error: 'send {"upstreams":["127.0.0.1:8081", ...]}' });
    const problems = upstreams.map(upstreamProblem).filter((problem) => problem !== void 0);
    if (problems.length > 0) return json(response, 400, { error: problems.join("; ") });
    if (color === router.activeColor)
      return json(response, 409, { error: `${color} is serving traffic; deploy to the idle color` });
    if (router.weight > 0)
      return json(response, 409, {
        error: `${color} takes ${router.weight} % of traffic as the canary; set its weight to 0 first`
      });
    router.pools[color].setUpstreams(upstreams);
    await router.pools[color].checkAll();
    return json(response, 200, { color, health: router.pools[color].health() });
  }
  return json(response, 404, { error: `no route ${route2}` });
}
function status(router) {
  const split = { active: router.activeColor, weight: router.weight };
  return {
    active: router.activeColor,
    /** Percent of new requests to the color that is not active. */
    weight: router.weight,
    weights: weightsOf(split),
    switches: router.switches,
    weightChanges: router.weightChanges,
    colors: Object.fromEntries(
      COLORS.map((color) => [
        color,
        {
          upstreams: router.pools[color].upstreams.map((u) => ({
            url: u.url.origin,
            healthy: u.healthy,
            check: u.lastCheck,
            inFlight: u.inFlight
          })),
          health: router.pools[color].health(),
          inFlight: router.inFlight[color],
          counters: router.snapshot(color)
        }
      ])
    )
  };
}
function authorized(token, header2) {
  if (!token || !header2?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header2.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
function json(response, status2, body) {
  response.writeHead(status2, { "content-type": "application/json" });
  response.end(JSON.stringify(body, (_key, value) => value === Number.POSITIVE_INFINITY ? "+Inf" : value));
}
async function persisted(response, change) {
  try {
    return await change();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    json(response, error instanceof StateWriteError ? 500 : 409, { error: error.message });
    return void 0;
  }
}
function tooLarge(response) {
  response.writeHead(413, { "content-type": "application/json", connection: "close" });
  response.end(JSON.stringify({ error: `request body over ${ADMIN_BODY_LIMIT} bytes` }));
}
async function readJson(request) {
  const text = (await readBody(request, ADMIN_BODY_LIMIT)).toString("utf8");
  try {
    return JSON.parse(text || "{}");
  } catch {
    return void 0;
  }
}

// src/router/headers.ts
var HOP_BY_HOP = /* @__PURE__ */ new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade"
]);
var KEPT = /* @__PURE__ */ new Set(["content-length", "host"]);
function endToEndHeaders(raw, drop) {
  let named;
  for (let index = 0; index < raw.length; index += 2) {
    if (raw[index].length !== 10 || raw[index].toLowerCase() !== "connection") continue;
    named ??= /* @__PURE__ */ new Set();
    for (const token of raw[index + 1].split(",")) {
      const name = token.trim().toLowerCase();
      if (name && !KEPT.has(name)) named.add(name);
    }
  }
  const out = [];
  for (let index = 0; index < raw.length; index += 2) {
    const name = raw[index].toLowerCase();
    if (HOP_BY_HOP.has(name) || named?.has(name) || drop?.has(name)) continue;
    out.push(raw[index], raw[index + 1]);
  }
  return out;
}

// src/router/forward.ts
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
var UPSTREAM_GONE = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  // The client's connect timeout: nothing answered the SYN in time.
  "CONNECT_TIMEOUT"
]);
var REPLACED = /* @__PURE__ */ new Set(["x-forwarded-for", "expect"]);
function forward(pool, color, request, response, attempt = { resent: false }) {
  if (response.destroyed) return;
  const upstream = pool.pick(attempt.refused);
  if (!upstream) {
    if (attempt.lastFailure && attempt.otherColor) attempt.otherColor();
    else if (attempt.lastFailure) reply(response, 502, color, attempt.lastFailure);
    else reply(response, 503, color, `no upstream for ${color}`);
    return;
  }
  upstream.connections.dispatch(
    outgoing(request, upstream),
    new Exchange(pool, color, upstream, request, response, attempt)
  );
}
function outgoing(request, upstream) {
  const raw = request.rawHeaders;
  const method = request.method ?? "GET";
  let head = `${method} ${request.url ?? "/"} HTTP/1.1\r
`;
  let hasHost = false;
  const headers = endToEndHeaders(raw, REPLACED);
  for (let index = 0; index < headers.length; index += 2) {
    const name = headers[index];
    if (name.length === 4 && name.toLowerCase() === "host") hasHost = true;
    head += `${name}: ${headers[index + 1]}\r
`;
  }
  if (!hasHost) head += `host: ${upstream.url.host}\r
`;
  head += `x-forwarded-for: ${request.socket.remoteAddress ?? ""}\r
`;
  const chunked = request.headers["content-length"] === void 0 && request.headers["transfer-encoding"] !== void 0;
  if (chunked) head += "transfer-encoding: chunked\r\n";
  head += "\r\n";
  return { head, method, body: carriesBody(request) ? request : void 0, chunked };
}
function carriesBody(request) {
  const length = request.headers["content-length"];
  return length === void 0 ? request.headers["transfer-encoding"] !== void 0 : length !== "0";
}
var Exchange = class {
  constructor(pool, color, upstream, request, response, attempt) {
    this.pool = pool;
    this.color = color;
    this.upstream = upstream;
    this.request = request;
    this.response = response;
    this.attempt = attempt;
  }
  pool;
  color;
  upstream;
  request;
  response;
  attempt;
  connected = false;
  settled = false;
  reused = false;
  exchange;
  /** The connection is up and the request is about to be written on it. */
  onConnected(exchange, reused) {
    this.connected = true;
    this.reused = reused;
    this.exchange = exchange;
    this.upstream.inFlight++;
    if (this.response.destroyed) {
      this.clientLeft();
      return;
    }
    this.response.once("close", this.clientLeft);
  }
  clientLeft = () => {
    if (this.settled) return;
    this.settle();
    this.exchange?.abort(new Error("the client left"));
  };
  onHead(status2, headers) {
    const out = endToEndHeaders(headers);
    out.push("x-terrafusion-color", this.color);
    this.response.writeHead(status2, out);
  }
  onData(chunk) {
    if (!this.response.write(chunk)) {
      const exchange = this.exchange;
      exchange.pause();
      this.response.once("drain", () => exchange.resume());
    }
  }
  onEnd() {
    this.settle();
    this.dropUnsentBody();
    this.response.end();
  }
  /**
   * An answer before the end of the client's body (413…, or a 502 mid-body): the rest is read and dropped, or
   * the client's keep-alive connection would stay stuck mid-request, its body held back for an upstream
   * connection now gone.
   */
  dropUnsentBody() {
    if (this.connected && !this.request.complete) this.request.resume();
  }
  onError(error, connected) {
    this.settle();
    const { pool, color, upstream, request, response, attempt } = this;
    if (response.destroyed) return;
    const reason = reasonOf(error);
    const failure = `upstream ${upstream.url.host} (${color}): ${reason}`;
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (!connected) {
      if (UPSTREAM_GONE.has(error.code))
        pool.markDown(upstream, `${reason} (passive: a request could not connect)`);
      const refused = attempt.refused ?? /* @__PURE__ */ new Set();
      refused.add(upstream);
      forward(pool, color, request, response, { ...attempt, refused, lastFailure: failure });
      return;
    }
    if (!attempt.resent && IDEMPOTENT.has(request.method ?? "") && this.reused && !carriesBody(request)) {
      forward(pool, color, request, response, { ...attempt, resent: true, lastFailure: failure });
      return;
    }
    this.dropUnsentBody();
    reply(response, 502, color, failure);
  }
  settle() {
    if (this.settled) return;
    this.settled = true;
    this.response.off("close", this.clientLeft);
    if (this.connected) this.upstream.inFlight--;
  }
};
function reasonOf(error) {
  return error.code === "CONNECT_TIMEOUT" ? "connect timeout" : error.message;
}
function reply(response, status2, color, message) {
  response.writeHead(status2, { "content-type": "text/plain; charset=utf-8", "x-terrafusion-color": color });
  response.end(`${message}
`);
}

// src/router/router.ts
var MIN_TOKEN_LENGTH = 16;
var Router = class {
  constructor(options) {
    this.options = options;
    const weight = options.weight ?? 0;
    const problem = weightProblem(weight);
    if (problem) throw new ConfigError(`router: ${problem}`);
    this.splitter = new Splitter({ active: options.active ?? "blue", weight });
    const pool = {
      healthPath: options.healthPath ?? "/healthz",
      connectTimeoutMs: options.connectTimeoutMs
    };
    this.pools = {
      blue: new ColorPool("blue", options.blue, pool),
      green: new ColorPool("green", options.green, pool)
    };
  }
  options;
  pools;
  counters = {
    blue: new LatencyCounters(),
    green: new LatencyCounters()
  };
  switches = [];
  weightChanges = [];
  inFlight = { blue: 0, green: 0 };
  /** Whether the split was resumed from the state file (false on a first start, or without one). */
  resumed = false;
  splitter;
  /** Changes of the split, one at a time: each is on disk before the next one starts. */
  changes = Promise.resolve();
  traffic;
  admin;
  /** The color that receives new requests (all of them at weight 0). */
  get activeColor() {
    return this.splitter.current.active;
  }
  /** Percent of new requests that go to the other color. */
  get weight() {
    return this.splitter.current.weight;
  }
  get url() {
    return `http://${hostOf(this.traffic)}`;
  }
  get adminUrl() {
    return `http://${hostOf(this.admin)}`;
  }
  async start() {
    const token = this.options.token ?? "";
    if (token.length < MIN_TOKEN_LENGTH)
      throw new ConfigError(
        `the router's admin token is ${token ? plural(token.length, "character") : "missing"}; give one of at least ${MIN_TOKEN_LENGTH} (e.g. openssl rand -hex 32)`
      );
    if (this.options.stateFile) {
      const saved = await readRouterState(this.options.stateFile);
      if (saved) this.splitter.set(saved);
      else await writeRouterState(this.options.stateFile, this.splitter.current);
      this.resumed = saved !== void 0;
    }
    const host = this.options.host ?? "127.0.0.1";
    this.traffic = http.createServer(
      { keepAliveTimeout: 65e3 },
      (request, response) => this.proxy(request, response)
    );
    this.admin = http.createServer(
      { maxHeaderSize: 8192, headersTimeout: 1e4, requestTimeout: 1e4 },
      (request, response) => {
        handleAdmin(this, request, response).catch((error) => {
          if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
          response.end(JSON.stringify({ error: error.message }));
        });
      }
    );
    await listen(this.traffic, this.options.port ?? 0, host);
    await listen(this.admin, this.options.adminPort ?? 0, this.options.adminHost ?? "127.0.0.1");
    for (const color of COLORS) {
      await this.pools[color].checkAll();
      this.pools[color].startChecks(this.options.healthIntervalMs ?? 1e3);
    }
    return this;
  }
  /**
   * All new requests go to `to` from the moment this resolves (the weight goes back to 0); requests already
   * in flight finish on the old color over its own keep-alive connections, which stay open (warm) so a
   * rollback is one more switch. With a state file, the switch is on disk before it takes effect.
   */
  switchTo(to) {
    return this.change(
      () => ({ active: to, weight: 0 }),
      (before) => {
        const record = { from: before.active, to, at: now() };
        if (before.active !== to) this.switches.push(record);
        return record;
      }
    );
  }
  /**
   * Sends `percent` of new requests to `canary`, the color that is not active, and the rest to the active
   * one; 0 is plain blue-green again. With a state file, the weight is on disk before it takes effect.
   */
  setWeight(canary, percent) {
    const problem = weightProblem(percent);
    if (problem) return Promise.reject(new ConfigError(problem));
    return this.change(
      (current) => {
        if (canary === current.active)
          throw new ConfigError(
            `${canary} is the active color; the weight is the share of ${otherColor(canary)}, the canary`
          );
        return { active: current.active, weight: percent };
      },
      (before) => {
        const record = { canary, from: before.weight, to: percent, at: now() };
        if (before.weight !== percent) this.weightChanges.push(record);
        return record;
      }
    );
  }
  /**
   * One change of the split at a time: `next` decides it from the current one, the state file gets it, and
   * only then do new requests follow it. A failed write changes nothing.
   */
  change(next, record) {
    const run = async () => {
      const before = this.splitter.current;
      const after = next(before);
      if (this.options.stateFile) await writeRouterState(this.options.stateFile, after);
      this.splitter.set(after);
      return record(before);
    };
    const result = this.changes.then(run, run);
    this.changes = result.catch(() => void 0);
    return result;
  }
  snapshot(color) {
    return this.counters[color].snapshot();
  }
  proxy(request, response) {
    let color = this.splitter.next(this.usable);
    const { weight } = this.splitter.current;
    const started = performance.now();
    this.inFlight[color]++;
    let finished = false;
    const finish = (failed) => {
      if (finished) return;
      finished = true;
      this.inFlight[color]--;
      this.counters[color].record(performance.now() - started, failed);
    };
    response.on("close", () => finish(!response.writableFinished || response.statusCode >= 500));
    const fallback = weight > 0 && weight < 100 ? () => {
      this.inFlight[color]--;
      color = otherColor(color);
      this.inFlight[color]++;
      forward(this.pools[color], color, request, response);
    } : void 0;
    forward(this.pools[color], color, request, response, { resent: false, otherColor: fallback });
  }
  usable = (color) => this.pools[color].hasHealthy();
  async close() {
    for (const color of COLORS) this.pools[color].close();
    await Promise.all([this.traffic, this.admin].map((server) => server && closeServer(server)));
  }
};
function now() {
  return performance.timeOrigin + performance.now();
}
function listen(server, port, host) {
  return new Promise((resolve5, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve5();
    });
  });
}
function closeServer(server) {
  return new Promise((resolve5) => {
    server.close(() => resolve5());
    server.closeAllConnections();
  });
}
function hostOf(server) {
  const address = server?.address();
  if (!address) throw new Error("the router is not listening");
  return address.family === "IPv6" ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`;
}
async function startRouter(options) {
  return new Router(options).start();
}

// src/cli/commands/router.ts
function registerRouterCommand(program2, io) {
  program2.command("router").description(
    "run the embedded blue-green and canary router (admin API token from $" + DEFAULT_TOKEN_ENV + ")"
  ).requiredOption(
    "--blue <addresses>",
    "(required) comma-separated upstreams of blue, HOST:PORT, e.g. 127.0.0.1:8081",
    upstreamsFlag("--blue")
  ).requiredOption(
    "--green <addresses>",
    "(required) comma-separated upstreams of green",
    upstreamsFlag("--green")
  ).option("--active <color>", "the color that serves first: blue or green", colorFlag("--active"), "blue").option(
    "--state <file>",
    "keep the active color and the canary weight in FILE across restarts (written before a switch answers; resumed at start, over --active)"
  ).option("--port <port>", "traffic port (0 picks a free one)", portFlag("--port"), "8080").option(
    "--admin-port <port>",
    "admin API port (status, switch, weight, /metrics)",
    portFlag("--admin-port"),
    "9901"
  ).option("--host <host>", "address to listen on", "127.0.0.1").option("--health-path <path>", "health check path of the upstreams", "/healthz").option(
    "--connect-timeout <ms>",
    "give up connecting to an upstream after this many ms and try a sibling",
    millisecondsFlag("--connect-timeout"),
    "2000"
  ).action(async (flags) => {
    const token = io.env[DEFAULT_TOKEN_ENV];
    if (!token)
      throw new UsageError(
        `set ${DEFAULT_TOKEN_ENV} to the admin API's bearer token, at least 16 characters (e.g. export ${DEFAULT_TOKEN_ENV}=$(openssl rand -hex 32))`
      );
    let router;
    try {
      router = await startRouter({
        blue: flags.blue,
        green: flags.green,
        active: flags.active,
        stateFile: flags.state,
        token,
        host: flags.host,
        port: Number(flags.port),
        adminPort: Number(flags.adminPort),
        healthPath: flags.healthPath,
        connectTimeoutMs: Number(flags.connectTimeout)
      });
    } catch (error) {
      throw listenError(error, flags);
    }
    const split = router.weight > 0 ? ` (${router.weight} % to the canary)` : "";
    const state = flags.state ? `; state in ${flags.state}${router.resumed ? " (resumed)" : " (new)"}` : "";
    io.err(
      `router: traffic on ${router.url} \u2192 ${router.activeColor}${split}; admin API on ${router.adminUrl}${state}`
    );
    await new Promise((resolve5) => {
      for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => resolve5());
    });
    await router.close();
  });
}
function millisecondsFlag(flag2) {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 6e5)
      throw new UsageError(`${flag2} ${JSON.stringify(value)}: expected milliseconds from 1 to 600000`);
    return value;
  };
}
function listenError(error, flags) {
  const { code, port } = error;
  const which = port !== void 0 && String(port) === flags.adminPort ? "--admin-port" : "--port";
  switch (code) {
    case "EADDRINUSE":
      return new UsageError(
        `${flags.host}:${port ?? flags.port} is already in use; stop what listens there, or choose another ${which} (0 picks a free one)`
      );
    case "EACCES":
      return new UsageError(
        `not allowed to listen on ${flags.host}:${port ?? flags.port}; choose ${which} 1024 or above`
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new UsageError(
        `--host ${flags.host}: not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its own addresses`
      );
    default:
      return error;
  }
}

// src/cli/commands/promote.ts
var NOTICE_GRACE_MS = 1e4;
async function policyAndEnvironment(name, flags) {
  const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy });
  return { policy, env: environmentOf(policy, name) };
}
function registerPromoteCommands(program2, io, setExit) {
  program2.command("promote").description(
    "promote ENV, blue-green or canary: check the idle color, move traffic (at once or by the steps), watch the SLOs, roll back by itself"
  ).argument("<environment>", "an environment under deploy.environments in the policy").requiredOption("--to <version>", "(required) the version (or commit) now running on the idle color").addOption(cwdOption()).option("--policy <file>", "the policy file (default: .github/terrafusion.yml)").option("--promoter <login>", "who promotes, for the record (default: $USER)").option(
    "--results <path>",
    "a GateResult JSON of the version (terrafusion gate NAME --output FILE), or a folder of them; repeatable. The policy's requires: are checked against them (without: not checked)",
    (value, previous) => [...previous, value],
    []
  ).action(async (name, flags) => {
    const { policy, env } = await policyAndEnvironment(name, flags);
    const results = flags.results.length > 0 ? readGateResults(flags.cwd, flags.results) : void 0;
    const driver = createDriver(env.driver, io.env, flags.cwd);
    const say = progress(io, `promote ${name}`);
    const record = new MemoryDeploymentRecord(
      (status2) => say(`${status2.state.padEnd(11)} ${status2.description}`),
      Date.now,
      results && gateCheckRuns(results)
    );
    say(`statuses go to a ${record.name}; the app records them on GitHub`);
    const required = requiredChecks(env);
    if (results)
      say(`gate results: ${results.map((r) => `${r.gate} ${r.conclusion}`).join(", ")} (--results)`);
    else if (required.length > 0)
      say(
        `requires ${required.join(", ")}: not checked here without --results (the gates' GateResult files)`
      );
    const promoter = flags.promoter ?? io.env.USER ?? "cli";
    const deployment = await record.createDeployment({
      sha: flags.to,
      environment: name,
      description: `terrafusion promote, run by ${promoter}`,
      payload: { promoter, version: flags.to }
    });
    const service = new PromotionService({
      measurerFor: (d) => new DriverMeasurer(d),
      metrics: policyMetricSource,
      notices: notifierSink(io.env, { warn: say })
    });
    const { done } = await service.start({
      record,
      policy,
      deployment,
      promoter,
      driver,
      retry: "run it again after it"
    });
    const state = await done;
    if (!await service.noticesSent(NOTICE_GRACE_MS))
      say(`notifications still in flight after ${NOTICE_GRACE_MS / 1e3}s were dropped`);
    setExit(state.phase === "succeeded" ? EXIT.ok : EXIT.failed);
  });
  program2.command("rollback").description(
    "switch ENV back to the other color at once (during a canary: all traffic back on the active one)"
  ).argument("<environment>", "an environment under deploy.environments in the policy").addOption(cwdOption()).option("--policy <file>", "the policy file (default: .github/terrafusion.yml)").action(async (name, flags) => {
    const { env } = await policyAndEnvironment(name, flags);
    const driver = createDriver(env.driver, io.env, flags.cwd);
    const active = await driver.active();
    const to = otherColor(active);
    const canaryShare = (await driver.weights?.())?.[to] ?? 0;
    if (canaryShare > 0) {
      await driver.switchTo(active);
      io.out(`${name}: canary aborted, all traffic back on ${active} (${to} had ${canaryShare} %)`);
      return;
    }
    const health = await driver.health(to);
    if (!health.healthy) throw new UsageError(`not rolling back ${name} to ${to}: ${health.detail}`);
    await driver.switchTo(to);
    io.out(`${name}: traffic back on ${to} (was ${active})`);
  });
  registerRouterCommand(program2, io);
}

// src/cli/commands/review.ts
import { readdirSync as readdirSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve4 } from "node:path";

// src/review/case.ts
var STATUSES = ["approved", "pending", "disapproved", "skipped", "error"];
var reviewCaseSchema = pullSnapshotSchema.extend({
  /** The policy file for this case, relative to the case file (default: the --policy of the run). */
  policy: external_exports.string().optional(),
  expect: external_exports.strictObject({
    status: external_exports.enum(STATUSES),
    rules: external_exports.record(external_exports.string(), external_exports.enum(["approved", "pending", "skipped"])).optional(),
    /** Text that must appear in the explanation. */
    explain: external_exports.array(external_exports.string()).optional()
  }).optional()
});
function parseJsonFile(file, bytes, schema) {
  const at = (line, column, path, message) => new ProblemsError([{ file, line, column, path, message }], "the snapshot", SNAPSHOT_DOCS);
  let value;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof TypeError)
      throw at(1, 1, "", "not a text file (it is not valid UTF-8): a snapshot is JSON");
    const source2 = parseYamlSource(file, bytes);
    const where = Array.isArray(source2) ? source2[0] : void 0;
    throw at(where?.line ?? 1, where?.column ?? 1, "", `not valid JSON: ${error.message}`);
  }
  const parsed = schema.safeParse(value, { reportInput: true, error: defaultMessage });
  if (parsed.success) return parsed.data;
  const source = parseYamlSource(file, bytes);
  const position = (path, key) => Array.isArray(source) ? { line: 1, column: 1 } : source.positionOf(path, key);
  const problems = parsed.error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        file,
        ...position(issue.path, key),
        path: path ? `${path}.${key}` : key,
        message: "unknown key (remove it, or check its spelling)"
      }));
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return [
        {
          file,
          line: 1,
          column: 1,
          path: "",
          message: `a snapshot is a JSON object, got ${describe(value)}`
        }
      ];
    return [{ file, ...position(issue.path), path, message: issue.message }];
  });
  throw new ProblemsError(
    problems.sort((a, b) => a.line - b.line || a.column - b.column),
    "the snapshot",
    SNAPSHOT_DOCS
  );
}
var SNAPSHOT_DOCS = "docs/review.md for the snapshot format";

// src/cli/snapshot-file.ts
import { readFileSync } from "node:fs";
function readJsonFile(file, schema) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = error.code;
    throw new ConfigError(
      code === "EISDIR" ? `${file}: is a folder; give a snapshot file (*.json, from terrafusion review snapshot)` : code === "ENOENT" ? `${file}: no such file (write one with terrafusion review snapshot OWNER/REPO#NUMBER --output FILE)` : `${file}: cannot read the file (${code ?? error.message})`
    );
  }
  return parseJsonFile(file, bytes, schema);
}

// src/cli/commands/review-import.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/review/policy-bot/regex-glob.ts
var Unsupported = class extends Error {
};
var CLASS_SHORTHANDS = { d: "0-9", w: "A-Za-z0-9_" };
function literal(c, inGroup, atStart) {
  if ("*?[]".includes(c)) return `[${c}]`;
  if (c === "{" || c === "}" || c === "\\") throw new Unsupported(`a literal ${c} has no glob form`);
  if (inGroup && "(),".includes(c)) throw new Unsupported(`a literal ${c} inside ( ) has no glob form`);
  if (c === "(") return "[(]";
  if (c === "!" && atStart) throw new Unsupported("a leading ! would negate the glob");
  return c;
}
var Parser = class {
  constructor(source) {
    this.source = source;
  }
  source;
  i = 0;
  /** The top level: alternatives, each with its own anchors. */
  top() {
    const alternatives = this.alternatives(0);
    if (this.i < this.source.length) throw new Unsupported(`an unmatched ) at character ${this.i + 1}`);
    return alternatives;
  }
  alternatives(depth) {
    const alternatives = [this.sequence(depth)];
    while (this.source[this.i] === "|") {
      this.i++;
      alternatives.push(this.sequence(depth));
    }
    return alternatives;
  }
  sequence(depth) {
    const atoms = [];
    const { source } = this;
    let quantified = false;
    while (this.i < source.length) {
      const c = source[this.i];
      if (c === "|" || c === ")" && depth > 0) break;
      if (c === "*" || c === "+" || c === "?") {
        this.i++;
        if (c === "?" && quantified) continue;
        this.quantify(atoms, c);
        quantified = true;
        continue;
      }
      quantified = false;
      if (c === "{" && /^\{\d/.test(source.slice(this.i)))
        throw new Unsupported(`the repeat count at character ${this.i + 1} has no glob form`);
      const start = this.i;
      atoms.push({ ...this.atom(depth), text: source.slice(start, this.i) });
    }
    return atoms;
  }
  atom(depth) {
    const { source } = this;
    const c = source[this.i];
    this.i++;
    switch (c) {
      case "^":
        return { kind: "start" };
      case "$":
        return { kind: "end" };
      case ".":
        return { kind: "any" };
      case "\\":
        return this.escape();
      case "[":
        return this.bracket();
      case "(": {
        if (source[this.i] === "?") {
          if (source[this.i + 1] !== ":")
            throw new Unsupported("a flag such as (?i), or a named group, has no glob form");
          this.i += 2;
        }
        const alternatives = this.alternatives(depth + 1);
        if (source[this.i] !== ")") throw new Unsupported("a ( is not closed");
        this.i++;
        return { kind: "group", alternatives };
      }
      case ")":
        throw new Unsupported(`an unmatched ) at character ${this.i}`);
      default:
        return { kind: "char", char: c };
    }
  }
  escape() {
    const n = this.source[this.i];
    if (n === void 0) throw new Unsupported("it ends with \\");
    this.i++;
    if (!/[A-Za-z0-9]/.test(n)) return { kind: "char", char: n };
    if (CLASS_SHORTHANDS[n]) return { kind: "class", glob: `[${CLASS_SHORTHANDS[n]}]` };
    if (n === "A") return { kind: "start" };
    if (n === "z") return { kind: "end" };
    throw new Unsupported(`\`\\${n}\` has no glob form`);
  }
  bracket() {
    const { source } = this;
    const close = source.indexOf("]", this.i + 1);
    if (close < 0) throw new Unsupported("a [ is not closed");
    const body = source.slice(this.i, close);
    this.i = close + 1;
    if (body === "^/") return { kind: "not-slash" };
    if (body.startsWith("^"))
      throw new Unsupported(`\`[${body}]\` matches / too, which no glob bracket does`);
    let glob = "";
    let dash = false;
    for (let k = 0; k < body.length; k++) {
      const ch = body[k];
      if (ch === "\\") {
        const n = body[k + 1];
        k++;
        if (n && CLASS_SHORTHANDS[n]) glob += CLASS_SHORTHANDS[n];
        else if (n === "-") dash = true;
        else if (n && /[._/ ]/.test(n)) glob += n;
        else throw new Unsupported(`\`[${body}]\` has no glob form`);
      } else if (/[A-Za-z0-9_. -]/.test(ch)) glob += ch;
      else throw new Unsupported(`\`[${body}]\` has no glob form`);
    }
    if (dash) glob += "-";
    if (glob === "") throw new Unsupported("an empty [] has no glob form");
    return { kind: "class", glob: `[${glob}]` };
  }
  quantify(atoms, quantifier) {
    const last = atoms.pop();
    if (!last || last.kind === "start" || last.kind === "end")
      throw new Unsupported(`\`${quantifier}\` follows nothing it can repeat`);
    if (quantifier === "?") {
      atoms.push({ kind: "group", alternatives: [[], [last]] });
      return;
    }
    if (last.kind === "any" || last.kind === "not-slash") {
      const star = last.kind === "any" ? { kind: "star" } : { kind: "segment-star" };
      if (quantifier === "+") atoms.push(last);
      atoms.push(star);
      return;
    }
    throw new Unsupported(
      `\`${last.text ?? ""}${quantifier}\`: a repeat of anything but . or [^/] has no glob form`
    );
  }
};
function merge(atoms) {
  const out = [];
  for (const atom of atoms) {
    const previous = out.at(-1);
    const stars = (a) => a?.kind === "star" || a?.kind === "segment-star";
    if (stars(atom) && stars(previous)) {
      if (atom.kind === "star") out[out.length - 1] = atom;
      continue;
    }
    out.push(atom.kind === "group" ? { ...atom, alternatives: atom.alternatives.map(merge) } : atom);
  }
  return out;
}
var isSlash = (atom) => atom?.kind === "char" && atom.char === "/";
function emit(atoms, top) {
  let out = "";
  atoms.forEach((atom, i) => {
    switch (atom.kind) {
      case "char":
        out += literal(atom.char, !top, top && out === "");
        return;
      case "any":
      case "not-slash":
        out += "?";
        return;
      case "class":
        out += atom.glob;
        return;
      case "segment-star":
        out += "*";
        return;
      case "star": {
        const atStart = top && i === 0;
        const atEnd = top && i === atoms.length - 1;
        if (atStart && atEnd) out += "**";
        else if (atStart || i > 0 && isSlash(atoms[i - 1])) out += "**/*";
        else if (atEnd) out += "*/**";
        else out += "*{,/**/}*";
        return;
      }
      case "group": {
        const alternatives = atom.alternatives.map((alternative) => emit(alternative, false));
        out += alternatives.length === 1 ? alternatives[0] : `{${alternatives.join(",")}}`;
        return;
      }
      default:
        throw new Unsupported("^ or $ inside the pattern has no glob form");
    }
  });
  return out;
}
function hasAnchor(atoms) {
  return atoms.some(
    (atom) => atom.kind === "start" || atom.kind === "end" || atom.kind === "group" && atom.alternatives.some(hasAnchor)
  );
}
function alternativeGlob(atoms) {
  let body = atoms;
  const anchoredStart = body[0]?.kind === "start";
  if (anchoredStart) body = body.slice(1);
  const anchoredEnd = body.at(-1)?.kind === "end";
  if (anchoredEnd) body = body.slice(0, -1);
  if (hasAnchor(body)) throw new Unsupported("^ or $ inside the pattern has no glob form");
  const whole = [
    ...anchoredStart ? [] : [{ kind: "star" }],
    ...body,
    ...anchoredEnd ? [] : [{ kind: "star" }]
  ];
  return emit(merge(whole), true) || "";
}
function regexToGlobs(regexp) {
  try {
    const globs = new Parser(regexp).top().map(alternativeGlob);
    if (globs.some((glob) => glob === ""))
      return { problem: "it matches only the empty path, which no file has" };
    if (globs.some((glob) => glob.startsWith("/")))
      return { problem: "it matches only paths that start with /, which no file has" };
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem) return { problem: `its glob form ${JSON.stringify(glob)} is not valid: ${problem}` };
    }
    return { globs: [...new Set(globs)] };
  } catch (error) {
    if (error instanceof Unsupported) return { problem: error.message };
    throw error;
  }
}

// src/review/policy-bot/values.ts
var isMap2 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function mapAt(report, value, path) {
  if (value === null || value === void 0) return void 0;
  if (isMap2(value)) return value;
  report.add(path, `expected a mapping, got ${describe(value)}; left out`);
  return void 0;
}
function otherKeys(report, map, path, known, unsupported = {}) {
  for (const key of Object.keys(map)) {
    if (known.includes(key)) continue;
    report.add(
      [...path, key],
      unsupported[key] ?? `not a key policy-bot reads here (expected one of: ${known.join(", ")}); left out`
    );
  }
}
function boolAt(report, value, path) {
  if (value === null || value === void 0) return void 0;
  if (typeof value === "boolean") return value;
  report.add(path, `expected true or false, got ${describe(value)}; left out`);
  return void 0;
}
function intAt(report, value, path) {
  if (value === null || value === void 0) return void 0;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  report.add(path, `expected a whole number (0 or more), got ${describe(value)}; left out`);
  return void 0;
}
function entries(report, value, path) {
  if (value === null || value === void 0) return [];
  if (!Array.isArray(value)) {
    report.add(path, `expected a list, got ${describe(value)}; left out`);
    return [];
  }
  const out = [];
  value.forEach((item, i) => {
    if (typeof item === "string" || typeof item === "number") out.push({ text: String(item), i });
    else report.add([...path, i], `expected a string, got ${describe(item)}; left out`);
  });
  return out;
}
function stringsAt(report, value, path) {
  return entries(report, value, path).map((entry) => entry.text);
}
function namesAt(report, value, path) {
  return entries(report, value, path).filter(({ text, i }) => {
    if (text.trim() === "") report.add([...path, i], "an empty name; left out");
    return text.trim() !== "";
  }).map((entry) => entry.text);
}
function regexesAt(report, value, path) {
  return entries(report, value, path).filter(({ text, i }) => {
    const problem = patternProblem(text);
    if (problem) report.add([...path, i], `the regexp \`${text}\` cannot be carried over: ${problem}`);
    return !problem;
  }).map((entry) => entry.text);
}
function globsAt(report, value, path) {
  const globs = [];
  for (const { text, i } of entries(report, value, path)) {
    const result = regexToGlobs(text);
    if ("globs" in result) globs.push(...result.globs);
    else
      report.add([...path, i], `the path regexp \`${text}\` has no glob form (${result.problem}); left out`);
  }
  return [...new Set(globs)];
}
var ACTOR_KEYS = [
  "users",
  "teams",
  "organizations",
  "permissions",
  "admins",
  "write_collaborators"
];
function actorsAt(report, map, path, keys = ACTOR_KEYS) {
  const actors = {};
  const valid = (key, check, what) => entries(report, map[key], [...path, key]).filter(({ text, i }) => {
    const ok = check.safeParse(text).success;
    if (!ok) report.add([...path, key, i], `${JSON.stringify(text)} is not ${what}; left out`);
    return ok;
  }).map((entry) => entry.text);
  const users = valid("users", githubUser, "a GitHub login");
  const teams = valid("teams", githubTeam, "a team written ORG/TEAM-SLUG");
  const organizations = valid("organizations", githubLogin, "an organization's login");
  const permissions = valid(
    "permissions",
    permission,
    "a permission (read, triage, write, maintain or admin)"
  );
  if (keys.includes("admins") && boolAt(report, map.admins, [...path, "admins"])) permissions.push("admin");
  if (keys.includes("write_collaborators") && boolAt(report, map.write_collaborators, [...path, "write_collaborators"]))
    permissions.push("write");
  if (users.length) actors.users = users;
  if (teams.length) actors.teams = teams;
  if (organizations.length) actors.organizations = organizations;
  if (permissions.length) actors.permissions = [...new Set(permissions)];
  return actors;
}
var ACTORS = ACTOR_KEYS;

// src/review/policy-bot/approval.ts
function convertApproval(report, value, path, rules) {
  const used = /* @__PURE__ */ new Set();
  const node = (item, at) => {
    if (typeof item === "string" || typeof item === "number") {
      const name = String(item);
      if (rules.has(name)) {
        used.add(name);
        return name;
      }
      report.add(
        at,
        `names the rule ${JSON.stringify(name)}, which approval_rules does not define (or which could not be carried over); left out`
      );
      return void 0;
    }
    if (!isMap2(item) || Object.keys(item).length !== 1) {
      report.add(at, "expected a rule name, or one key: and or or; left out");
      return void 0;
    }
    const [op, children] = Object.entries(item)[0];
    if (op !== "and" && op !== "or") {
      report.add([...at, op], `expected and or or, got ${JSON.stringify(op)}; left out`);
      return void 0;
    }
    return group(op, children, [...at, op]);
  };
  const group = (op, children, at) => {
    if (!Array.isArray(children) || children.length === 0) {
      report.add(at, `expected a list of rule names (or and/or) under ${op}; left out`);
      return void 0;
    }
    const converted = children.map((child, i) => node(child, [...at, i])).filter((child) => child !== void 0);
    if (converted.length <= 1) return converted[0];
    return op === "and" ? { and: converted } : { or: converted };
  };
  if (value === void 0 || value === null || Array.isArray(value) && value.length === 0) return { used };
  const combine = group("and", value, path);
  return combine === void 0 ? { used } : { combine, used };
}

// src/review/policy-bot/options.ts
import { isDeepStrictEqual } from "node:util";
var APPROVE_COMMENTS = [":+1:", "\u{1F44D}"];
var DISAPPROVE_COMMENTS = [":-1:", "\u{1F44E}"];
var DEFAULT_METHODS = {
  "github-review": true,
  "comment-patterns": APPROVE_COMMENTS.map(quotePattern)
};
var REACTIONS = "TerraFusion does not count reactions; left out";
function commentPatterns(report, methods, path, defaults) {
  const comments = methods.comments === void 0 || methods.comments === null ? defaults : stringsAt(report, methods.comments, [...path, "comments"]);
  return [
    .../* @__PURE__ */ new Set([
      ...comments.map(quotePattern),
      ...regexesAt(report, methods.comment_patterns, [...path, "comment_patterns"])
    ])
  ];
}
function approvalMethods(report, value, path) {
  const methods = mapAt(report, value, path) ?? {};
  otherKeys(
    report,
    methods,
    path,
    ["comments", "comment_patterns", "github_review", "github_review_comment_patterns", "body_patterns"],
    { reactions: REACTIONS }
  );
  const reviewPatterns = regexesAt(report, methods.github_review_comment_patterns, [
    ...path,
    "github_review_comment_patterns"
  ]);
  const bodyPatterns = regexesAt(report, methods.body_patterns, [...path, "body_patterns"]);
  const githubReview = boolAt(report, methods.github_review, [...path, "github_review"]) ?? true;
  return {
    // policy-bot reads approving reviews whose body matches these even with github_review: false.
    "github-review": githubReview || reviewPatterns.length > 0,
    "comment-patterns": commentPatterns(report, methods, path, APPROVE_COMMENTS),
    ...reviewPatterns.length ? { "github-review-comment-patterns": reviewPatterns } : {},
    ...bodyPatterns.length ? { "body-patterns": bodyPatterns } : {}
  };
}
function requestReview(report, value, path, count) {
  const map = mapAt(report, value, path);
  if (!map) return void 0;
  otherKeys(report, map, path, ["enabled", "mode", "count"]);
  if (!boolAt(report, map.enabled, [...path, "enabled"])) return void 0;
  const out = {};
  let mode = "random-users";
  if (map.mode !== void 0 && map.mode !== null) {
    if (REQUEST_REVIEW_MODES.includes(map.mode)) mode = out.mode = map.mode;
    else
      report.add(
        [...path, "mode"],
        `${JSON.stringify(map.mode)} is not a mode (${REQUEST_REVIEW_MODES.join(", ")}); TerraFusion's default, random-users, is used`
      );
  }
  const asked = intAt(report, map.count, [...path, "count"]);
  if (asked && mode === "random-users") {
    if (asked > 15)
      report.add(
        [...path, "count"],
        "TerraFusion asks at most 15 people; left out (the rule's count is asked)"
      );
    else if (asked !== Math.max(count, 1)) out.count = asked;
  }
  return out;
}
function ruleOptions(report, value, path, count) {
  const map = mapAt(report, value, path);
  if (!map) return {};
  otherKeys(report, map, path, [
    "allow_author",
    "allow_contributor",
    "allow_non_author_contributor",
    "invalidate_on_push",
    "ignore_edited_comments",
    "ignore_update_merges",
    "ignore_commits_by",
    "request_review",
    "methods"
  ]);
  const flag2 = (key) => boolAt(report, map[key], [...path, key]) ?? false;
  const allowAuthor = flag2("allow_author");
  const allowContributor = flag2("allow_contributor");
  const allowNonAuthorContributor = flag2("allow_non_author_contributor");
  const options = {};
  if (allowAuthor || allowContributor) options["allow-author"] = true;
  if (allowContributor || allowNonAuthorContributor) options["allow-contributors"] = true;
  if (flag2("invalidate_on_push")) options["invalidate-on-push"] = true;
  if (flag2("ignore_edited_comments")) options["ignore-edited-comments"] = true;
  if (flag2("ignore_update_merges")) options["ignore-update-merges"] = true;
  const ignoreBy = mapAt(report, map.ignore_commits_by, [...path, "ignore_commits_by"]);
  if (ignoreBy) {
    otherKeys(report, ignoreBy, [...path, "ignore_commits_by"], ACTORS);
    const actors = actorsAt(report, ignoreBy, [...path, "ignore_commits_by"]);
    if (Object.keys(actors).length) options["ignore-commits-by"] = actors;
  }
  if (map.methods !== void 0 && map.methods !== null) {
    const methods = approvalMethods(report, map.methods, [...path, "methods"]);
    if (!isDeepStrictEqual(methods, DEFAULT_METHODS)) options.methods = methods;
  }
  const request = map.request_review === void 0 ? void 0 : requestReview(report, map.request_review, [...path, "request_review"], count);
  return {
    ...Object.keys(options).length ? { options } : {},
    ...request ? { "request-review": request } : {}
  };
}

// src/review/policy-bot/predicates.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/review/policy-bot/predicate-map.ts
var ANY_CONCLUSION = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "skipped",
  "stale",
  "success",
  "timed_out"
];
var one = (key, value) => ({ all: [[key, value]] });
function paths(key, ignore = "none") {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return void 0;
    otherKeys(report, map, path, ignore === "none" ? ["paths"] : ["paths", "ignore"]);
    const globs = globsAt(report, map.paths, [...path, "paths"]);
    if (globs.length === 0) {
      report.add(path, "no path could be carried over; the predicate is left out");
      return void 0;
    }
    if (ignore === "none") return one(key, globs);
    const ignored = globsAt(report, map.ignore, [...path, "ignore"]);
    if (ignore === "keep")
      return one(key, ignored.length ? { paths: globs, ignore: ignored } : { paths: globs });
    if (ignored.length)
      report.add(
        [...path, "ignore"],
        `TerraFusion's ${key} has no ignore list; left out, so a changed file matching paths counts even where ignore would skip it`
      );
    return one(key, globs);
  };
}
function people(key) {
  return (value, path, report) => {
    const map = value === null ? {} : mapAt(report, value, path);
    if (!map) return void 0;
    otherKeys(report, map, path, ACTORS);
    return one(key, actorsAt(report, map, path));
  };
}
function flag(key) {
  return (value, path, report) => {
    const yes = boolAt(report, value, path);
    return yes === void 0 ? void 0 : one(key, yes);
  };
}
function branch(key) {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return void 0;
    otherKeys(report, map, path, ["pattern"]);
    const patterns = regexesAt(report, map.pattern === void 0 ? [] : [map.pattern], [...path, "pattern"]);
    return patterns.length ? one(key, patterns) : void 0;
  };
}
function bounds(text, path, report) {
  const parsed = typeof text === "string" ? /^\s*([<>=])\s*(\d+)\s*$/.exec(text) : null;
  if (!parsed) {
    report.add(path, `expected a comparison such as "> 100", got ${describe(text)}; left out`);
    return void 0;
  }
  const n = Number(parsed[2]);
  if (parsed[1] === ">") return { "more-than": n };
  if (parsed[1] === "=") return n === 0 ? { "less-than": 1 } : { "more-than": n - 1, "less-than": n + 1 };
  if (n === 0) {
    report.add(path, '"< 0" never holds, which TerraFusion cannot write; left out');
    return void 0;
  }
  return { "less-than": n };
}
var LINES = {
  additions: "lines-added",
  deletions: "lines-deleted",
  total: "lines-changed"
};
var modifiedLines = (value, path, report) => {
  const map = mapAt(report, value, path);
  if (!map) return void 0;
  otherKeys(report, map, path, Object.keys(LINES));
  const parts = [];
  for (const [from, to] of Object.entries(LINES)) {
    if (map[from] === void 0 || map[from] === null) continue;
    const converted = bounds(map[from], [...path, from], report);
    if (converted) parts.push([to, converted]);
  }
  if (parts.length === 0) return void 0;
  return parts.length === 1 ? { all: parts } : { any: parts };
};
function conclusionsAt(report, value, path) {
  const listed = stringsAt(report, value, path);
  if (listed.length === 0) return void 0;
  const out = /* @__PURE__ */ new Set();
  listed.forEach((conclusion, i) => {
    if (conclusion === "any") for (const each of ANY_CONCLUSION) out.add(each);
    else if (CHECK_CONCLUSIONS.includes(conclusion)) out.add(conclusion);
    else report.add([...path, i], `${JSON.stringify(conclusion)} is not a check conclusion; left out`);
  });
  return out.size ? [...out] : void 0;
}
function statuses(key, namesKey, valueKey) {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return void 0;
    otherKeys(report, map, path, [namesKey, "conclusions"]);
    const names = namesAt(report, map[namesKey], [...path, namesKey]);
    if (names.length === 0) {
      report.add([...path, namesKey], `names no ${key}; the predicate is left out`);
      return void 0;
    }
    const conclusions = conclusionsAt(report, map.conclusions, [...path, "conclusions"]);
    return one(key, conclusions ? { [valueKey]: names, conclusions } : { [valueKey]: names });
  };
}
var successfulStatus = (value, path, report) => {
  const names = namesAt(report, value, path);
  return names.length ? one("checks", { names }) : void 0;
};
var labels = (value, path, report) => {
  const names = namesAt(report, value, path);
  return names.length ? one("labels", names) : void 0;
};
function textMatch(value, path, report) {
  const map = mapAt(report, value, path);
  if (!map) return void 0;
  otherKeys(report, map, path, ["matches", "not_matches"]);
  const matches = regexesAt(report, map.matches, [...path, "matches"]);
  const notMatches = regexesAt(report, map.not_matches, [...path, "not_matches"]);
  if (matches.length + notMatches.length === 0) {
    report.add(path, "has no matches or not_matches that could be carried over; left out");
    return void 0;
  }
  return { matches, notMatches };
}
var repository = (value, path, report) => {
  const match = textMatch(value, path, report);
  if (!match) return void 0;
  return one("repository", {
    ...match.matches.length ? { matches: match.matches } : {},
    ...match.notMatches.length ? { "not-matches": match.notMatches } : {}
  });
};
var title = (value, path, report) => {
  const match = textMatch(value, path, report);
  if (!match) return void 0;
  const parts = [];
  if (match.matches.length)
    parts.push([
      "title",
      match.matches.length === 1 ? match.matches[0] : match.matches.map((p) => `(?:${p})`).join("|")
    ]);
  if (match.notMatches.length) parts.push(["not-title", match.notMatches]);
  return parts.length === 1 ? { all: parts } : { any: parts };
};
var signatureKeys = (value, path, report) => {
  const map = mapAt(report, value, path);
  if (!map) return void 0;
  otherKeys(report, map, path, ["key_ids"]);
  const keys = namesAt(report, map.key_ids, [...path, "key_ids"]);
  return keys.length ? one("valid-signatures-by-keys", keys) : void 0;
};
var EVERYTHING = ".*";
function propertyNames(match) {
  return (value, path, report) => {
    const names = namesAt(report, value, path);
    return names.length ? { all: names.map((name) => [`custom-properties.${name}`, match]) } : void 0;
  };
}
function propertyPatterns(key) {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return void 0;
    const parts = [];
    for (const [name, patterns] of Object.entries(map)) {
      if (name.trim() === "") {
        report.add([...path, name], "an empty property name; left out");
        continue;
      }
      const regexes = regexesAt(report, patterns, [...path, name]);
      if (regexes.length) parts.push([`custom-properties.${name}`, { [key]: regexes }]);
    }
    return parts.length ? { all: parts } : void 0;
  };
}
var HANDLERS = {
  changed_files: paths("changed-files", "keep"),
  no_changed_files: paths("no-changed-files", "unsupported"),
  only_changed_files: paths("only-changed-files"),
  file_deleted: paths("deleted-files"),
  file_not_deleted: paths("no-deleted-files"),
  has_author_in: people("author"),
  has_contributor_in: (value, path, report) => {
    const mapped = people("contributors")(value, path, report);
    if (!mapped || !("all" in mapped)) return void 0;
    const actors = mapped.all[0][1];
    return {
      any: [
        ["author", actors],
        ["contributors", actors]
      ],
      approximate: {
        parts: [["contributors", actors]],
        note: "policy-bot counts the pull request's author among the contributors; TerraFusion's contributors are the other commit authors and committers, so a pull request whose author alone is among these people no longer matches (carried over as contributors; add a rule with author: under or if that matters)"
      }
    };
  },
  only_has_contributors_in: (value, path, report) => {
    const mapped = people("only-contributors")(value, path, report);
    if (!mapped || !("all" in mapped)) return void 0;
    return { all: [...mapped.all, ["author", mapped.all[0][1]]] };
  },
  author_is_only_contributor: flag("author-is-only-contributor"),
  targets_branch: branch("target-branch"),
  from_branch: branch("source-branch"),
  modified_lines: modifiedLines,
  has_successful_status: successfulStatus,
  has_status: statuses("checks", "statuses", "names"),
  has_workflow_result: statuses("workflows", "workflows", "paths"),
  has_labels: labels,
  repository,
  title,
  has_valid_signatures: flag("valid-signatures"),
  has_valid_signatures_by: people("valid-signatures-by"),
  has_valid_signatures_by_keys: signatureKeys,
  custom_property_is_null: propertyNames({ "not-matches": [EVERYTHING] }),
  custom_property_is_not_null: propertyNames({ matches: [EVERYTHING] }),
  custom_property_matches_any_of: propertyPatterns("matches"),
  custom_property_matches_none_of: propertyPatterns("not-matches")
};
var UNSUPPORTED = {
  file_added: "TerraFusion has no condition on added files; left out",
  file_not_added: "TerraFusion has no condition on added files; left out"
};

// src/review/policy-bot/predicates.ts
var WHERE = {
  if: "a rule applies only when every key of its if holds",
  conditions: "every key of require.conditions must hold",
  disapproval: "disapproval.if disapproves when any one of its keys holds"
};
function convertPredicates(value, path, mode, report) {
  const map = mapAt(report, value, path);
  if (!map) return void 0;
  const out = {};
  const properties = {};
  const set = (key, part, at) => {
    const property = key.startsWith("custom-properties.") ? key.slice("custom-properties.".length) : void 0;
    const target = property === void 0 ? out : properties;
    const name = property ?? key;
    if (name in target && !isDeepStrictEqual2(target[name], part)) {
      report.add(
        at,
        `needs TerraFusion's ${key}, which another predicate here already sets differently; left out`
      );
      return;
    }
    target[name] = structuredClone(part);
  };
  for (const [key, predicate] of Object.entries(map)) {
    const at = [...path, key];
    const handler = HANDLERS[key];
    if (!handler) {
      report.add(at, UNSUPPORTED[key] ?? `${JSON.stringify(key)} is not a policy-bot predicate; left out`);
      continue;
    }
    const mapped = handler(predicate, at, report);
    if (!mapped) continue;
    let parts;
    if (mode === "disapproval") {
      if ("all" in mapped && mapped.all.length > 1) {
        report.add(
          at,
          `holds only when all of ${mapped.all.map(([k]) => k).join(", ")} hold, but ${WHERE[mode]}; left out`
        );
        continue;
      }
      parts = "all" in mapped ? mapped.all : mapped.any;
    } else if ("any" in mapped && mapped.any.length > 1) {
      if (!mapped.approximate) {
        report.add(
          at,
          `holds when any one of ${mapped.any.map(([k]) => k).join(", ")} holds, but ${WHERE[mode]}; left out`
        );
        continue;
      }
      report.add(at, mapped.approximate.note);
      parts = mapped.approximate.parts;
    } else parts = "all" in mapped ? mapped.all : mapped.any;
    for (const [partKey, partValue] of parts) set(partKey, partValue, at);
  }
  if (Object.keys(properties).length) out["custom-properties"] = properties;
  return Object.keys(out).length ? out : void 0;
}

// src/review/policy-bot/disapproval.ts
var METHOD_KEYS = ["comments", "comment_patterns", "github_review"];
var UNSUPPORTED_METHODS = {
  github_review_comment_patterns: "TerraFusion's disapproval reads no review-body patterns; left out",
  body_patterns: "TerraFusion's disapproval reads no description patterns; left out",
  reactions: "TerraFusion does not count reactions; left out"
};
function methodPatterns(report, value, path, defaults, review2) {
  const methods = mapAt(report, value, path);
  if (!methods) return commentPatterns(report, {}, path, defaults);
  otherKeys(report, methods, path, METHOD_KEYS, UNSUPPORTED_METHODS);
  if (!boolAt(report, methods.github_review, [...path, "github_review"]))
    report.add(
      methods.github_review === void 0 ? path : [...path, "github_review"],
      `here policy-bot ignores GitHub reviews (github_review is not true); TerraFusion always counts ${review2}`
    );
  return commentPatterns(report, methods, path, []);
}
function convertDisapproval(report, value, path) {
  const map = mapAt(report, value, path);
  if (!map) return { enabled: false };
  otherKeys(report, map, path, ["if", "options", "requires"]);
  const conditions = convertPredicates(map.if, [...path, "if"], "disapproval", report);
  const requires = mapAt(report, map.requires, [...path, "requires"]) ?? {};
  otherKeys(report, requires, [...path, "requires"], ACTORS);
  const who = actorsAt(report, requires, [...path, "requires"]);
  if (Object.keys(who).length === 0) {
    if (!conditions) return { enabled: false };
    report.add(
      map.requires === void 0 ? path : [...path, "requires"],
      `policy-bot lets nobody disapprove when requires names no one, so only disapproval.if blocks; TerraFusion cannot turn people's disapprovals off while keeping disapproval.if, so a "changes requested" review from anyone with write permission also blocks (stricter)`
    );
    return { enabled: true, if: conditions };
  }
  const options = mapAt(report, map.options, [...path, "options"]) ?? {};
  otherKeys(report, options, [...path, "options"], ["methods"]);
  const methodsPath = [...path, "options", "methods"];
  const methods = mapAt(report, options.methods, methodsPath) ?? {};
  otherKeys(report, methods, methodsPath, ["disapprove", "revoke"]);
  const disapprove = methodPatterns(
    report,
    methods.disapprove,
    [...methodsPath, "disapprove"],
    DISAPPROVE_COMMENTS,
    'a "changes requested" review as a disapproval'
  );
  const revoke = methodPatterns(
    report,
    methods.revoke,
    [...methodsPath, "revoke"],
    APPROVE_COMMENTS,
    "an approving review as revoking the same person's disapproval"
  );
  report.add(
    [...path, "requires"],
    "policy-bot lets any of these people revoke anyone's disapproval (the latest disapproval or revocation among them decides) and lets the author disapprove; TerraFusion keeps each person's disapproval until that same person approves or revokes it, and the author never blocks their own pull request"
  );
  return {
    enabled: true,
    ...conditions ? { if: conditions } : {},
    "comment-patterns": disapprove,
    "revoke-patterns": revoke,
    who
  };
}

// src/review/policy-bot/report.ts
var Report = class {
  constructor(source) {
    this.source = source;
  }
  source;
  found = [];
  /** A construct at `path` that the converted policy does not carry (or carries differently): why. */
  add(path, message) {
    const last = path.at(-1);
    const position = typeof last === "string" ? this.source.positionOf(path.slice(0, -1), last) : this.source.positionOf(path);
    this.found.push({ file: this.source.file, ...position, path: path.join("."), message });
  }
  /** Every problem, in the order of the file. */
  get problems() {
    return [...this.found].sort((a, b) => a.line - b.line || a.column - b.column);
  }
};

// src/review/policy-bot/rule.ts
var RULE_KEYS = ["name", "description", "if", "requires", "options"];
function requirement(report, value, path) {
  const map = mapAt(report, value, path) ?? {};
  otherKeys(report, map, path, ["count", ...ACTORS, "conditions"]);
  const count = intAt(report, map.count, [...path, "count"]) ?? 0;
  const actors = actorsAt(report, map, path);
  if (count > 0 && Object.keys(actors).length === 0) {
    actors.permissions = ["write"];
    const named = ["users", "teams", "organizations", "permissions"].some(
      (key) => Array.isArray(map[key]) && map[key].length > 0
    ) ? " (none that carried over)" : "";
    report.add(
      [...path, "count"],
      `policy-bot counts nobody here: requires names no users, teams, organizations or permissions${named}, so the rule can never be approved; converted to permissions: [write], which admits more (anyone with write access): name who may approve`
    );
  }
  const conditions = convertPredicates(map.conditions, [...path, "conditions"], "conditions", report);
  return { count, ...actors, ...conditions ? { conditions } : {} };
}
function convertRule(report, value, path) {
  const map = mapAt(report, value, path);
  if (!map) return void 0;
  const name = typeof map.name === "string" || typeof map.name === "number" ? String(map.name) : "";
  if (name.trim() === "") {
    report.add(map.name === void 0 ? path : [...path, "name"], "a rule needs a name; left out");
    return void 0;
  }
  otherKeys(report, map, path, RULE_KEYS);
  const rule = { name };
  if (typeof map.description === "string" && map.description.trim() !== "")
    rule.description = map.description;
  else if (map.description !== void 0 && map.description !== null && typeof map.description !== "string")
    report.add([...path, "description"], "expected text; left out");
  const conditions = convertPredicates(map.if, [...path, "if"], "if", report);
  if (conditions) rule.if = conditions;
  const require2 = requirement(report, map.requires, [...path, "requires"]);
  rule.require = require2;
  Object.assign(rule, ruleOptions(report, map.options, [...path, "options"], require2.count));
  return { name, rule };
}

// src/review/policy-bot/convert.ts
var NOT_A_POLICY = "not a policy-bot policy: expected policy: and approval_rules: at the top (see docs/review.md, Moving from policy-bot)";
var REMOTE = "a remote policy: policy-bot reads the policy from another repository; convert that file instead (left out)";
function convertPolicyBot(input, file) {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (new TextDecoder().decode(bytes).replace(/^\s*#.*$/gm, "").trim() === "")
    throw new ConfigError(`${file}:1:1: the file is empty: ${NOT_A_POLICY}`);
  const source = parseYamlSource(file, bytes);
  if (Array.isArray(source)) {
    const more = source.length > 1 ? ` (and ${source.length - 1} more)` : "";
    throw new ConfigError(`${formatProblem(source[0])}${more}`);
  }
  const top = source.value;
  if (isMap2(top) && "version" in top && "review" in top)
    throw new ConfigError(`${file}:1:1: this is a TerraFusion policy already; ${NOT_A_POLICY}`);
  if (!isMap2(top) || !["policy", "approval_rules", "remote"].some((key) => key in top))
    throw new ConfigError(`${file}:1:1: ${NOT_A_POLICY}`);
  const report = new Report(source);
  otherKeys(report, top, [], ["policy", "approval_rules"], {
    remote: REMOTE,
    path: "part of a remote policy; left out",
    ref: "part of a remote policy; left out"
  });
  const rules = /* @__PURE__ */ new Map();
  const where = /* @__PURE__ */ new Map();
  if (top.approval_rules !== void 0 && top.approval_rules !== null && !Array.isArray(top.approval_rules))
    report.add(["approval_rules"], "expected a list of rules; left out");
  const list = Array.isArray(top.approval_rules) ? top.approval_rules : [];
  list.forEach((value, i) => {
    const converted = convertRule(report, value, ["approval_rules", i]);
    if (!converted) return;
    const earlier = where.get(converted.name);
    if (earlier !== void 0)
      report.add(
        ["approval_rules", earlier, "name"],
        `the rule ${JSON.stringify(converted.name)} is defined again at approval_rules.${i}; policy-bot uses the last one, and so does the conversion`
      );
    rules.delete(converted.name);
    rules.set(converted.name, converted.rule);
    where.set(converted.name, i);
  });
  const policy = mapAt(report, top.policy, ["policy"]) ?? {};
  otherKeys(report, policy, ["policy"], ["approval", "disapproval"]);
  const { combine, used } = convertApproval(
    report,
    policy.approval,
    ["policy", "approval"],
    new Set(rules.keys())
  );
  for (const [name, i] of where)
    if (!used.has(name))
      report.add(
        ["approval_rules", i, "name"],
        "policy.approval does not name this rule, so policy-bot never evaluates it; left out"
      );
  const review2 = {
    // policy-bot keeps approvals given before a push unless a rule says invalidate_on_push.
    "invalidate-on-push": false,
    methods: structuredClone(DEFAULT_METHODS),
    disapproval: convertDisapproval(report, policy.disapproval, ["policy", "disapproval"]),
    rules: [...rules].filter(([name]) => used.has(name)).map(([, rule]) => rule),
    ...combine === void 0 ? {} : { combine }
  };
  const checked = review.safeParse(review2);
  if (!checked.success)
    throw new Error(`the converted review section does not validate: ${checked.error.message}`);
  return { review: review2, problems: report.problems };
}

// src/cli/commands/review-import.ts
var DOCS = "docs/review.md, Moving from policy-bot";
function registerImportPolicyBot(review2, io, setExit) {
  review2.command("import-policy-bot").description(
    "convert a palantir/policy-bot policy (.policy.yml) into the review section of .github/terrafusion.yml, and list what does not carry over"
  ).argument("<file>", "the policy-bot policy, relative to --cwd (e.g. .policy.yml)").option(
    "--output <file>",
    "write the review section into this policy file instead of printing it (a new file gets version: 1; an existing one keeps its other sections)"
  ).option("--force", "with --output: replace the review section the file already has").option("--strict", "exit 1 when anything could not be carried over (default: print it and exit 0)").addOption(cwdOption()).addHelpText(
    "after",
    `
Each construct that does not carry over, or carries over with another meaning, is one line on stderr:
FILE:LINE:COL key.path: what and why. See ${DOCS}.`
  ).action(async (file, flags) => {
    const { review: section, problems } = convertPolicyBot(
      readPolicyBot(resolve3(flags.cwd, file), file),
      file
    );
    const rules = section.rules.length;
    if (flags.output) {
      await writeInto(resolve3(flags.cwd, flags.output), flags.output, section, file, Boolean(flags.force));
      io.err(`wrote the review section (${plural(rules, "rule")}) to ${flags.output}`);
    } else {
      io.out(render(section, file));
    }
    if (problems.length > 0) {
      io.err(problems.map(formatProblem).join("\n"));
      io.err(
        `terrafusion: ${plural(problems.length, "construct")} of ${file} did not carry over as written (listed above; see ${DOCS})`
      );
    }
    setExit(flags.strict && problems.length > 0 ? EXIT.failed : EXIT.ok);
  });
}
function readPolicyBot(path, shown) {
  try {
    return readLimited(path, MAX_POLICY_BYTES * 16);
  } catch (error) {
    if (!(error instanceof ReadLimitedError)) throw error;
    const hint = error.problem.kind === "missing" || error.problem.kind === "folder" ? " (give the policy-bot policy file, e.g. .policy.yml)" : "";
    throw new UsageError(`${shown}: ${error.message.slice(path.length + 2)}${hint}`);
  }
}
var header = (from) => ` Converted from ${from} by terrafusion review import-policy-bot.`;
function render(section, from) {
  const document = new import_yaml2.Document({ review: section });
  document.commentBefore = header(from);
  return document.toString({ lineWidth: 0 });
}
async function writeInto(path, shown, section, from, force) {
  let document;
  if (existsSync(path)) {
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(readLimited(path, MAX_POLICY_BYTES));
    } catch (error) {
      const why = error instanceof ReadLimitedError ? error.message.slice(path.length + 2) : "not UTF-8 text";
      throw new UsageError(`--output ${shown}: ${why} (give the policy file to add the review section to)`);
    }
    document = (0, import_yaml2.parseDocument)(text);
    if (document.errors.length > 0)
      throw new UsageError(
        `--output ${shown}: not valid YAML (${document.errors[0].message.split("\n")[0]}); fix it, or write to another file`
      );
    if (document.contents === null) document = new import_yaml2.Document({ version: 1 });
    if (!(0, import_yaml2.isMap)(document.contents))
      throw new UsageError(
        `--output ${shown}: expected a policy file (a mapping such as version: 1), not a list or a value`
      );
    if (document.has("review") && !force)
      throw new UsageError(
        `--output ${shown}: already has a review section (pass --force to replace it, or print to stdout and merge by hand)`
      );
  } else {
    document = new import_yaml2.Document({ version: 1 });
  }
  const node = document.createNode(section);
  node.commentBefore = header(from);
  document.set("review", node);
  try {
    await writeFileAtomic(path, document.toString({ lineWidth: 0 }));
  } catch (error) {
    throw new UsageError(
      `--output ${shown}: cannot write the policy (${error.code ?? error.message}); give a file path in a writable folder`
    );
  }
}

// src/cli/commands/review.ts
var EXIT_FOR_VERDICT = {
  approved: EXIT.ok,
  skipped: EXIT.ok,
  pending: EXIT.failed,
  disapproved: EXIT.failed,
  error: EXIT.usage
};
function registerReviewCommands(program2, io, setExit) {
  const review2 = program2.command("review").description("evaluate the review policy against pull requests");
  review2.command("evaluate").description(
    "evaluate a pull-request snapshot offline and explain every rule (exit 1 while not approved)"
  ).requiredOption(
    "--pull <snapshot.json>",
    "(required) the pull-request snapshot (from `terrafusion review snapshot`), relative to --cwd"
  ).option("--policy <file>", "the policy file (default: .github/terrafusion.yml)").addOption(cwdOption()).option("--json", "print the verdict as JSON").action(async (flags) => {
    const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy }, io.env);
    const pull = readJsonFile(resolve4(flags.cwd, flags.pull), reviewCaseSchema);
    const verdict = evaluateReview(policy.review, pull);
    io.out(flags.json ? JSON.stringify(verdict, null, 2) : renderVerdict(verdict));
    setExit(EXIT_FOR_VERDICT[verdict.status]);
  });
  review2.command("test").description("run every case (*.json: a snapshot plus its expected verdict) in a folder").argument("<dir>", "the folder of cases").option("--policy <file>", "the policy for cases that do not name their own").addOption(cwdOption()).action(async (dir, flags) => {
    const folder = resolve4(flags.cwd, dir);
    const stat = statSync3(folder, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`${dir}: no such folder (give the folder that holds the *.json cases)`);
    if (!stat.isDirectory())
      throw new UsageError(
        `${dir}: not a folder (give the folder that holds the *.json cases, not one case)`
      );
    const names = readdirSync2(folder).filter((name) => name.endsWith(".json")).sort();
    if (names.length === 0)
      throw new UsageError(
        `${dir}: no *.json cases in this folder (a case is a snapshot with "expect": {"status": ...}; see docs/review.md)`
      );
    const c = colors(io);
    const policies = /* @__PURE__ */ new Map();
    let failed = 0;
    const broken = [];
    for (const name of names) {
      const file = join2(folder, name);
      let verdict;
      let testCase;
      try {
        testCase = readJsonFile(file, reviewCaseSchema);
        if (!testCase.expect)
          throw new ConfigError(`${file}: expect: missing (add "expect": {"status": ...})`);
        const policyFile = testCase.policy ? resolve4(dirname2(file), testCase.policy) : flags.policy;
        let loading = policies.get(policyFile);
        if (!loading) {
          loading = loadPolicy({ cwd: flags.cwd, file: policyFile }, io.env);
          policies.set(policyFile, loading);
        }
        const { policy } = await loading;
        verdict = evaluateReview(policy.review, testCase);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        broken.push(name);
        io.out(`${c.red("!")} ${name}: cannot run this case`);
        io.err(error instanceof ProblemsError ? error.message : `terrafusion: ${error.message}`);
        continue;
      }
      const problems = checkCase(testCase.expect, verdict);
      if (problems.length === 0) io.out(`${c.green("\u2713")} ${name}: ${verdict.status}`);
      else {
        failed++;
        io.out(`${c.red("\u2717")} ${name}: ${problems.join("; ")}`);
        io.out(renderVerdict(verdict).replace(/^/gm, "    "));
      }
    }
    const passed = names.length - failed - broken.length;
    io.out(
      `${passed} of ${plural(names.length, "case")} pass${broken.length ? `; ${broken.length} could not run (see the messages above)` : ""}`
    );
    if (broken.length > 0)
      throw new ConfigError(
        `${plural(broken.length, "case")} could not run: ${broken.join(", ")} (fix the problems printed above)`
      );
    setExit(failed > 0 ? EXIT.failed : EXIT.ok);
  });
  review2.command("snapshot").description("write a snapshot of a real pull request (needs GITHUB_TOKEN)").argument("<pull>", "OWNER/REPO#NUMBER").option("--policy <file>", "the policy whose teams and organizations to resolve").addOption(cwdOption()).option("--output <file>", "write the snapshot here instead of stdout").action(async (target, flags) => {
    const { writeSnapshot } = await import("./chunks/snapshot-command-N4IEXFJR.js");
    await writeSnapshot(target, flags, io);
  });
  registerImportPolicyBot(review2, io, setExit);
}
function checkCase(expect, verdict) {
  const problems = [];
  if (verdict.status !== expect.status) problems.push(`expected ${expect.status}, got ${verdict.status}`);
  for (const [name, status2] of Object.entries(expect.rules ?? {})) {
    const rule = verdict.rules.find((result) => result.name === name);
    if (!rule) problems.push(`no rule named ${JSON.stringify(name)}`);
    else if (rule.status !== status2)
      problems.push(`rule ${JSON.stringify(name)}: expected ${status2}, got ${rule.status}`);
  }
  const text = renderVerdict(verdict);
  for (const needle of expect.explain ?? [])
    if (!text.includes(needle)) problems.push(`the explanation does not say ${JSON.stringify(needle)}`);
  return problems;
}

// src/cli/groups.ts
function commandPath(command) {
  const names = [];
  for (let at = command; at; at = at.parent) names.unshift(at.name());
  return names.join(" ");
}
function requireSubcommand(group) {
  if (group.registeredArguments.length > 0) return;
  const names = () => group.commands.map((c) => c.name()).filter((name) => name !== "help");
  group.helpCommand(true).usage("<command> [options]").argument("[command]", "the command to run (see Commands)").allowExcessArguments().action((name) => {
    const path = commandPath(group);
    if (!name) throw new UsageError(`name a command: ${path} ${names().join("|")} (see ${path} --help)`);
    throw new UsageError(
      `unknown command ${JSON.stringify(name)} for ${path}${suggest(name, names())} (expected one of: ${names().join(", ")})`
    );
  });
}

// src/cli/main.ts
var EPILOGUE = `
Exit codes: 0 success; 1 a gate failed or a review is not approved; 2 a usage, policy or tool error.
Errors are one line on stderr ("terrafusion: what is wrong (how to fix it)"); with --json, stdout
holds JSON even then: the command's own shape, or {"error": "...", "problems": [...]}.
Set TERRAFUSION_DEBUG=1 to see the stack of an internal error.`;
async function runCli(argv, io = processIo()) {
  useInstalledTools(io.env);
  let exitCode = EXIT.ok;
  let commanderMessage;
  const program2 = new Command("terrafusion").description(
    "Quality gates, review policy and blue-green promotion from one policy file (.github/terrafusion.yml)."
  ).version(packageVersion(), "-v, --version").showSuggestionAfterError(true).addHelpText("after", EPILOGUE).exitOverride();
  program2.configureHelp({ sortSubcommands: false, showGlobalOptions: false });
  registerPolicyCommands(program2, io);
  registerReviewCommands(program2, io, (code) => {
    exitCode = code;
  });
  registerPromoteCommands(program2, io, (code) => {
    exitCode = code;
  });
  registerGateCommands(program2, io, (code) => {
    exitCode = code;
  });
  for (const command of [program2, ...allCommands(program2)]) {
    if (command.commands.length > 0) requireSubcommand(command);
    command.exitOverride().configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      // Commander's own usage errors ("error: unknown option ...") become our one-line format.
      outputError: (text, write) => {
        commanderMessage = commanderLine(text, command);
        write(`terrafusion: ${commanderMessage}`);
      }
    });
  }
  const wantsJson = argv.includes("--json");
  try {
    await program2.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version")
        return EXIT.ok;
      if (wantsJson)
        io.out(JSON.stringify({ error: commanderMessage ?? error.message, problems: [] }, null, 2));
      return EXIT.usage;
    }
    const { message, exitCode: code, expected } = describeError(error);
    const problems = error instanceof ProblemsError ? error.problems : [];
    if (wantsJson && !error[JSON_PRINTED])
      io.out(JSON.stringify({ error: message, problems }, null, 2));
    if (error instanceof ProblemsError) {
      io.err(message);
      io.err(`terrafusion: ${error.closing}`);
    } else {
      io.err(`terrafusion: ${message}`);
    }
    for (const line of error[ALSO] ?? []) io.err(line);
    if (!expected && io.env.TERRAFUSION_DEBUG) io.err(String(error.stack));
    return code;
  }
}
function commanderLine(text, command) {
  const [first = "", ...rest] = text.trim().replace(/^error: /, "").split("\n");
  const hints = rest.map((line) => line.trim().replace(/^\((.*)\)$/, "$1")).filter(Boolean).map((line) => line.charAt(0).toLowerCase() + line.slice(1));
  return `${[first.replace(/\.$/, ""), ...hints].join("; ")} (see ${commandPath(command)} --help)`;
}
function* allCommands(command) {
  for (const sub of command.commands) {
    yield sub;
    yield* allCommands(sub);
  }
}

// src/cli/bin.ts
process.exit(await runCli(process.argv.slice(2)));
