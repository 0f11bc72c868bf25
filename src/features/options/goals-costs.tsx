/** Goals an option must meet and the price list the options are costed with (SPEC §5.9). */
import { CheckboxField, NumberField, TextField } from '@/components';
import { LIMITS } from '@/plan';
import { usePlanStore } from '@/store';

export function GoalsEditor() {
  const target = usePlanStore((s) => s.draft.replication.targetRpoMinutes);
  const window = usePlanStore((s) => s.draft.replication.failureWindowMinutes);
  return (
    <fieldset className="options-fieldset">
      <legend>Goals every option must meet</legend>
      <div className="options-goals">
        <CheckboxField path={['goals', 'stable']} label="Keeps up (the backlog does not grow)" />
        <CheckboxField path={['goals', 'withinFailureWindow']} label={`Stays inside the ${String(window)} min failure window`} />
        <CheckboxField
          path={['goals', 'targetRpo']}
          label={target === null ? 'Meets the target RPO (no target set)' : `Meets the ${String(target)} min target RPO`}
          hint={target === null ? 'Set a target RPO under Replication policy to use this goal.' : undefined}
        />
        <CheckboxField path={['goals', 'noMissedCycles']} label="Misses no replication cycle" />
      </div>
      <p className="options-note">An option whose backlog grows without limit, or whose initial copy never completes, never meets the goals.</p>
    </fieldset>
  );
}

export function CostsEditor() {
  const tiers = usePlanStore((s) => s.draft.costs.linkTiers);
  const uplink = usePlanStore((s) => s.draft.link.uplinkMbps);
  const currency = usePlanStore((s) => s.draft.costs.currency);
  const setField = usePlanStore((s) => s.setField);
  const addTier = () =>
    setField(['costs', 'linkTiers'], [...tiers, { name: `Line ${tiers.length + 1}`, uplinkMbps: typeof uplink === 'number' ? uplink * 2 : 20, downlinkMbps: null, monthly: 0 }]);
  const removeTier = (index: number) => setField(['costs', 'linkTiers'], tiers.filter((_, i) => i !== index));
  const money = typeof currency === 'string' && currency.trim() ? currency.trim() : 'price';
  return (
    <fieldset className="options-fieldset">
      <legend>Prices</legend>
      <div className="settings-grid">
        <TextField path={['costs', 'currency']} label="Currency" size={6} maxLength={LIMITS.currencyChars} hint="Shown beside prices; nothing is converted." />
        <NumberField path={['costs', 'replicaStoragePerTBMonth']} label="Replica storage" unit={`${money}/TB·month`} size={7} min={0} placeholder="not priced" hint="TB = 10^12 bytes, on the replica storage total (headroom included)." />
        <NumberField path={['costs', 'offlineShipmentOneOff']} label="Shipping the initial copy" unit={`${money} once`} size={7} min={0} placeholder="not priced" hint="One shipment carries every VM seeded offline." />
      </div>
      <table className="options-tiers">
        <caption>Link offers (the primary site's line; the other traffic keeps its Mbps on a bigger line)</caption>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            <th scope="col">Upload (Mbps)</th>
            <th scope="col">Download (Mbps)</th>
            <th scope="col">Monthly ({money})</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, i) => (
            <tr key={i}>
              <td>
                <TextField path={['costs', 'linkTiers', i, 'name']} label={`Offer ${i + 1} name`} compact size={16} />
              </td>
              <td>
                <NumberField path={['costs', 'linkTiers', i, 'uplinkMbps']} label={`Offer ${i + 1} upload`} compact size={7} min={LIMITS.linkMbps.min} />
              </td>
              <td>
                <NumberField path={['costs', 'linkTiers', i, 'downlinkMbps']} label={`Offer ${i + 1} download`} compact size={7} placeholder="—" />
              </td>
              <td>
                <NumberField path={['costs', 'linkTiers', i, 'monthly']} label={`Offer ${i + 1} monthly price`} compact size={7} min={0} />
              </td>
              <td>
                <button type="button" onClick={() => removeTier(i)} aria-label={`Remove offer ${i + 1} (${tier.name})`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={addTier} disabled={tiers.length >= LIMITS.linkTiers}>
        Add link offer
      </button>
    </fieldset>
  );
}
