// Owns the shape of a trained topic model (the data is generated into topic-model.ts by scripts/train-topics.mjs).
import type { TopicId } from './topic-ids.js';

/** A trained topic model (scripts/train-topics.mjs). */
export interface TopicModel {
  /** The evidence inputs, in topicFeatures order. */
  features: string[];
  bias: number;
  /** Evidence weights shared by all topics. */
  shared: number[];
  /** Each topic's own bias, then its own weight per evidence input (added to the shared ones). */
  perTopic: Record<TopicId, number[]>;
  /** Word (topicWords) → the topics it speaks for or against, and how much. */
  words: Record<string, Partial<Record<TopicId, number>>>;
  /** A topic is listed from this probability up, strongest first, at most `most`. */
  threshold: number;
  /** The likeliest topic is listed alone from this probability up. */
  floor: number;
  /**
   * A topic after the likeliest is listed also from this share of the likeliest's probability up, if it reaches
   * `relativeFloor`: a second subject as likely as half the first, though neither is sure (1 and 1: never).
   */
  relative: number;
  relativeFloor: number;
  most: number;
}
