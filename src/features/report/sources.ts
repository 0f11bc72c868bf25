/**
 * The sources the report cites, by the tags used in the text, with their names as in the
 * planner's research notes (hyper-v-replica-facts.md). Names only: the report never links out.
 */
export interface Source {
  tag: string;
  name: string;
}

export const REPORT_SOURCES: readonly Source[] = [
  { tag: 'HEALTH1', name: 'Hyper-V team blog, “Interpreting Replication Health – Part 1” (2012)' },
  { tag: 'HEALTH2', name: 'Hyper-V team blog, “Interpreting Replication Health – Part 2” (2012)' },
  { tag: 'RESYNC', name: 'Hyper-V team blog, “Resynchronization of virtual machines in Hyper-V Replica” (2013)' },
  { tag: 'WHATSNEW-R2', name: 'Hyper-V team blog, “What’s new in Hyper-V Replica in Windows Server 2012 R2” (2013)' },
  { tag: 'EXTEND', name: 'Hyper-V team blog, “Hyper-V Replica: Extend Replication” (2013)' },
  { tag: 'UNDO', name: 'Hyper-V team blog, “Improvements in recovery history” (2014)' },
  { tag: 'OOBIR', name: 'Hyper-V team blog, “Save network bandwidth by using Out-of-Band Initial Replication” (2013)' },
  { tag: 'FIX2DYN', name: 'Hyper-V team blog, “Replicating fixed disks to dynamic disks in Hyper-V Replica” (2013)' },
  { tag: 'RIVERBED', name: 'Hyper-V team blogs, “Hyper-V Replica and Riverbed” (2013) and “Optimizing Hyper-V Replica HTTPS traffic using Riverbed SteelHead” (2014)' },
  { tag: 'BPA', name: 'Hyper-V team blog, “Hyper-V Replica BPA Rules” (2013), and the BPA rule “Compression is recommended for replication traffic”' },
  { tag: 'KB2767928', name: 'Microsoft KB 2767928, “Feature and performance optimization of Hyper-V Replica (HVR)”' },
  { tag: 'PS2012', name: 'Microsoft, Enable-VMReplication help, Windows Server 2012' },
  { tag: 'MSHRL', name: 'Microsoft, [MS-HRL] Hyper-V Replica Log (HRL) File Format' },
  { tag: 'ASR-ARCH', name: 'Microsoft Azure docs, “Hyper-V to Azure replication architecture”' },
  { tag: 'ASR-DP-RPT', name: 'Microsoft Azure docs, Site Recovery Deployment Planner for Hyper-V: analyze the report' },
  { tag: 'SAVILL', name: 'John Savill, Mastering Windows Server 2016 Hyper-V (Wiley), chapter 8' },
  { tag: 'BIZTECH', name: 'BizTech Magazine, “Introducing Hyper-V Replica in Windows Server 2012” (2012)' },
  { tag: 'IBM-BDP', name: 'IBM AIX docs, tcp_recvspace tunable (bandwidth-delay product)' },
  { tag: 'DPM-ALLOC', name: 'Dell PowerVault DP600 (DPM 2007) manual: DPM default volume-allocation formulas' },
  { tag: 'VEEAM-BP', name: 'Veeam Best Practices, “Repository storage”' },
  { tag: 'AZBACKUP', name: 'Microsoft Azure docs, “Azure Backup pricing” (churn levels)' },
];
