import { z } from 'zod';

// What Shelly devices answer. Gen2+ wraps results in an RPC frame; Gen1 answers plain JSON.

export const shellyRpcFrame = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  result: z.unknown().optional(),
  error: z.object({ code: z.number(), message: z.string().optional() }).optional(),
});

export const shellySwitchStatus = z.object({ output: z.boolean() });
export const shellyLightStatus = z.object({
  output: z.boolean(),
  brightness: z.number().min(0).max(100).optional(),
});
export const shellyCoverStatus = z.object({
  state: z.string(),
  current_pos: z.number().nullable().optional(),
  target_pos: z.number().nullable().optional(),
});

export const shellyGen1Relay = z.object({ ison: z.boolean() });
export const shellyGen1Light = z.object({
  ison: z.boolean(),
  brightness: z.number().min(0).max(100).optional(),
});
export const shellyGen1Roller = z.object({
  state: z.string(),
  current_pos: z.number().optional(),
});
