/**
 * Engine warnings (and health reasons) as the reader sees them: the engine's sentence for each code, with numbers and
 * times in the reader's locale ("2,5 Mbps" in de-DE). The engine's own `message` stays en-US.
 */
import { healthReasonText, warningText, type HealthReason, type Warning } from '@/engine';
import { displayFormat } from '@/lib/format';

/** The warning's sentence in the display locale (en-US in the CLI and tests unless set). */
export function warningMessage(warning: Warning): string {
  return warningText(warning, displayFormat());
}

/** Why a VM's health is not Normal, in the display locale. */
export function healthReasonMessage(reason: HealthReason): string {
  return healthReasonText(reason, displayFormat());
}
