// Owns the shape of a trained response-action model (the data is generated into action-model.ts by scripts/train-actions.mjs).
import type { ResponseAction } from './action-ids.js';

/** A trained action model (scripts/train-actions.mjs). */
export interface ActionModel {
  /** The inputs of each action, in actionFeatures order (the rules' verdict, then ACTION_SIGNALS). */
  features: string[];
  /** Per action: its bias, then one weight per input. */
  weights: Record<ResponseAction, number[]>;
  /** Word (actionWords) → the actions it speaks for or against, and how much. */
  words: Record<string, Partial<Record<ResponseAction, number>>>;
  /** Actions listed only where the rules signal them too (the model may drop them, never add them). */
  onlyWithRules: ResponseAction[];
  /** Each action is listed from its probability threshold up. */
  threshold: Record<ResponseAction, number>;
}
