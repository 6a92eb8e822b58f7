/** The steps whose panels other features provide, wrapped for the visit. */
export { CardStepSlot } from './card-step-slot.js';
export { CounsellingStepSlot } from './counselling-step-slot.js';
export { PhotoStepSlot } from './photo-step-slot.js';
