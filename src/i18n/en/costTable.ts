/**
 * en messages of the cost model's table (the fold-out under the parameters): they load with it, or just
 * after the first paint (loadViewMessages). Keys must match zh-CN (tests/i18n).
 */
export const costTable: Readonly<Record<string, string>> = {
  'ui.cost.help':
    'Simulated time comes from this table: nanoseconds per event, or bytes per nanosecond for bandwidths. The data path (calls, copies, DMA, faults) never depends on it; timing can only change whether an interrupt finds the CPU in user mode or a sender has to wait.',
  'ui.cost.fellBack':
    'This machine has no calibration yet (run npm run calibrate): the default, nvme-10gbe, is used instead.',
  'ui.cost.calibrated': 'Fitted by npm run calibrate on {cpu} ({cores} cores, Linux {kernel}) on {date}.',
  'ui.cost.edited': 'changed from the preset',
  'ui.cost.reset': "Back to the preset's numbers",
  'ui.cost.input': '{name} ({unit})',
  'ui.cost.name': 'Cost',
  'ui.cost.value': 'Value',
  'ui.cost.preset.nvme-10gbe':
    'An NVMe SSD and a 10 Gbit/s NIC: the wire is the slowest part of a warm transfer.',
  'ui.cost.preset.sata-1gbe': 'A SATA SSD and a 1 Gbit/s NIC.',
  'ui.cost.preset.hdd-1gbe': 'A hard disk (8 ms per request) and a 1 Gbit/s NIC.',
  'ui.cost.preset.loopback':
    'A local benchmark over TCP loopback: no NIC and no wire, so the CPU work decides how long a transfer takes.',
  'ui.cost.preset.this-machine': 'The CPU and disk costs measured on one machine by npm run calibrate.',
  'ui.cost.field.syscallEntry': 'syscall entry',
  'ui.cost.field.sysret': 'sysret (return)',
  'ui.cost.field.int80Entry': 'int 0x80 entry (i386)',
  'ui.cost.field.iret': 'iret (i386 return)',
  'ui.cost.field.entryDetail': 'entry detail step',
  'ui.cost.field.syscallWork': 'work per system call',
  'ui.cost.field.copyBase': 'CPU copy: fixed part',
  'ui.cost.field.copyPerByte': 'CPU copy: per byte',
  'ui.cost.field.refMove': 'page reference moved',
  'ui.cost.field.faultEntry': 'page fault entry',
  'ui.cost.field.faultReturn': 'page fault return',
  'ui.cost.field.pteUpdate': 'page-table entry update',
  'ui.cost.field.tlbFlush': 'TLB flush',
  'ui.cost.field.pageAlloc': 'page allocation',
  'ui.cost.field.contextSwitch': 'process context switch',
  'ui.cost.field.irqEntry': 'interrupt entry',
  'ui.cost.field.irqExit': 'interrupt exit',
  'ui.cost.field.dmaSetup': 'DMA setup',
  'ui.cost.field.diskLatency': 'disk latency',
  'ui.cost.field.diskBytesPerNs': 'disk bandwidth',
  'ui.cost.field.nicLatency': 'NIC latency',
  'ui.cost.field.nicBytesPerNs': 'NIC line rate',
  'ui.cost.field.rtt': 'network round trip',
  'ui.cost.field.ackWork': 'ACK processing',
  'ui.cost.field.forkWork': 'fork work',
  'ui.cost.field.userWork': 'user-mode access',
};
