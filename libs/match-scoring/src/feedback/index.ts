export {
  EMPTY_FEEDBACK_MODEL,
  FEEDBACK_BOUNDS,
  type FeedbackEvent,
  type FeedbackModel,
  type FeedbackSignal,
  type KeyWeights,
} from './feedback.types.js';
export { applyFeedback, feedbackApplies, feedbackMultiplier } from './apply.js';
export { sameLearning, samePatterns, signalValue, trainFeedback, type TrainOptions } from './train.js';
export { partnerKeys } from './partner-keys.js';
