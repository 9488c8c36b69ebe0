import { HearthError } from '../../core/errors.ts';

/** A wake-word model that cannot be used: missing, not ONNX, or not shaped like openWakeWord's. */
export class WakeModelError extends HearthError {
  constructor(file: string, why: string) {
    super(
      `the wake-word model ${file} cannot be used: ${why}. Choose an openWakeWord model (.onnx), or download one with: hearth models download hey_jarvis`,
      2,
    );
  }
}
