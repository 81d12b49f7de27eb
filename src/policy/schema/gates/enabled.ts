import { z } from "zod";

export const enabled = z.boolean().optional().meta({
  description: "Run this gate. A gate named in your policy file is enabled unless this says false.",
});
