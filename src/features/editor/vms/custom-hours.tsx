/** The custom profile's 24 hourly weights of one VM (TEMPORARY stub until HourBarsEditor lands). */
export function CustomHours({ vmIndex, vmName }: { vmIndex: number; vmName: string }) {
  return <p data-vm-index={vmIndex}>Custom hours of {vmName}</p>;
}
