<#
.SYNOPSIS
    Measures how much each virtual disk writes, for sizing Hyper-V Replica in Replica Planner.

.DESCRIPTION
    Run on a Hyper-V host or cluster node, in an elevated Windows PowerShell. It writes two files:

      <name>-inventory.csv  every VM's virtual disks: Host, VMName, Path, SizeBytes, FileSizeBytes
      <name>-churn.csv      a perfmon CSV of \Hyper-V Virtual Storage Device(*)\Write Bytes/sec,
                            one column per virtual disk, one line per sample

    The inventory is written at once. The counters are recorded by a Windows performance data
    collector ("logman"), which keeps running after you log off and stops by itself after
    -DurationDays. Start the VMs you want to measure before running this script: disks that appear
    later are not added to the file.

    In Replica Planner choose "Import measurements..." and give it both files. Nothing leaves
    your computer: the planner reads the files in the browser.

.PARAMETER SampleIntervalSeconds
    Seconds between samples. Default 60. Each sample is the average rate since the previous one.

.PARAMETER DurationDays
    How long to record. Default 7 (a full business week with its weekend and nightly jobs).
    Use e.g. 0.01 (about 15 minutes) to try the script first.

.PARAMETER ComputerName
    Hosts to measure. Default: this one. For a cluster: -ComputerName (Get-ClusterNode).Name

.PARAMETER OutputFolder
    Where the two files go. Default: the current folder.

.PARAMETER CounterPath
    The counter to record, without the host. Default: \Hyper-V Virtual Storage Device(*)\Write Bytes/sec.
    On a Windows in another language the counter has a translated name, which logman needs; the
    script says so and lists the candidates. Replica Planner reads the translated file as well.

.EXAMPLE
    .\Measure-ReplicaChurn.ps1

.EXAMPLE
    .\Measure-ReplicaChurn.ps1 -ComputerName (Get-ClusterNode).Name -OutputFolder C:\ReplicaChurn

.EXAMPLE
    .\Measure-ReplicaChurn.ps1 -CounterPath '\<translated object>(*)\<translated write counter>'
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 3600)]
    [int] $SampleIntervalSeconds = 60,

    [ValidateRange(0.001, 31)]
    [double] $DurationDays = 7,

    [string[]] $ComputerName = @($env:COMPUTERNAME),

    [string] $OutputFolder = (Get-Location).Path,

    [string] $CounterPath = '\Hyper-V Virtual Storage Device(*)\Write Bytes/sec'
)

$ErrorActionPreference = 'Stop'
$collector = 'ReplicaPlannerChurn'
$name = if ($ComputerName.Count -eq 1) { $ComputerName[0] } else { 'cluster' }
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
New-Item -ItemType Directory -Force -Path $OutputFolder | Out-Null
$inventoryFile = Join-Path $OutputFolder "$name-$stamp-inventory.csv"
$churnFile = Join-Path $OutputFolder "$name-$stamp-churn.csv"

# 1. Inventory: every virtual disk file of every VM, with its provisioned and current size.
Write-Host "Listing VMs and virtual disks on $($ComputerName -join ', ')..."
$disks = foreach ($computer in $ComputerName) {
    foreach ($vm in Get-VM -ComputerName $computer) {
        foreach ($drive in Get-VMHardDiskDrive -VM $vm) {
            # A pass-through disk (DiskNumber set; its Path is the physical disk's name) has no file and is not replicated.
            if ($null -ne $drive.DiskNumber -or -not $drive.Path) { continue }
            # One disk that cannot be opened (a share the host may not read, say) must not stop the
            # inventory: its sizes are left empty (the planner then puts 1 GB, to correct in the plan).
            $vhd = try { Get-VHD -Path $drive.Path -ComputerName $computer } catch {
                Write-Warning "No size for $($drive.Path) of $($vm.Name): $($_.Exception.Message)"
                $null
            }
            [pscustomobject]@{
                Host          = $computer
                VMName        = $vm.Name
                Path          = $drive.Path
                SizeBytes     = if ($vhd) { $vhd.Size } else { '' }
                FileSizeBytes = if ($vhd) { $vhd.FileSize } else { '' }
            }
        }
    }
}
$disks | Export-Csv -Path $inventoryFile -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $(@($disks).Count) disks to $inventoryFile"

# 2. Counters: a data collector that writes the perfmon CSV and stops after the duration.
# A Windows in another language knows the counter set only by its translated name: say which ones
# there are rather than record nothing.
$set = ($CounterPath -split '\\')[1] -replace '\(\*\)$', ''
if (-not (Get-Counter -ListSet $set -ComputerName $ComputerName[0] -ErrorAction SilentlyContinue)) {
    $candidates = Get-Counter -ListSet '*Hyper-V*' -ComputerName $ComputerName[0] -ErrorAction SilentlyContinue |
        ForEach-Object { $_.Paths } | Where-Object { $_ -match 'Byte' }
    throw "This Windows has no counter set '$set' (another language?). Run again with -CounterPath and the write counter of the virtual storage devices, one of:`n$($candidates -join "`n")"
}
$counters = foreach ($computer in $ComputerName) { "\\$computer$CounterPath" }
$interval = [TimeSpan]::FromSeconds($SampleIntervalSeconds)
$duration = [TimeSpan]::FromDays($DurationDays)
$intervalText = '{0:00}:{1:00}:{2:00}' -f [int][Math]::Floor($interval.TotalHours), $interval.Minutes, $interval.Seconds
$durationText = '{0:00}:{1:00}:{2:00}' -f [int][Math]::Floor($duration.TotalHours), $duration.Minutes, $duration.Seconds

# A collector left from an earlier run would refuse the new one: remove it first. When there is
# none, logman complains; Windows PowerShell 5.1 turns a redirected complaint on stderr into a
# terminating error under 'Stop', so these two run with errors ignored.
& {
    $ErrorActionPreference = 'SilentlyContinue'
    & logman stop $collector *> $null
    & logman delete $collector *> $null
}

& logman create counter $collector -c $counters -si $intervalText -rf $durationText -f csv -o $churnFile -ow
if ($LASTEXITCODE -ne 0) { throw "logman could not create the collector (exit code $LASTEXITCODE)." }
& logman start $collector
if ($LASTEXITCODE -ne 0) { throw "logman could not start the collector (exit code $LASTEXITCODE)." }

$end = (Get-Date).Add($duration)
Write-Host ''
Write-Host "Recording write bytes/s every $SampleIntervalSeconds s until $($end.ToString('f'))."
Write-Host "The samples go to $churnFile (logman may add a number to the name)."
Write-Host "Check:       logman query $collector"
Write-Host "Stop early:  logman stop $collector"
Write-Host "Clean up:    logman delete $collector   (after it has stopped)"
Write-Host 'Then import both CSV files in Replica Planner: "Import measurements...".'
