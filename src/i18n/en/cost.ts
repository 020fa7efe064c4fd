/** CPU time in the counters and the cost-model presets (issue 15). */
export const cost: Readonly<Record<string, string>> = {
  'ui.param.preset': 'Cost model',
  'ui.counter.cpuBusyNs': 'CPU time (busy)',
  'ui.counter.cpuBusyNsBy.user': 'user code',
  'ui.counter.cpuBusyNsBy.kernel': 'kernel',
  'ui.counter.cpuBusyNsBy.irq': 'interrupts',
  'ui.counters.cpuShare':
    'The CPU was busy for {percent} of the simulated time; the rest it was idle, waiting for the disk, the wire or the receiver.',

  'ui.cost.title': 'Cost model: {preset}',
  'ui.param.costs': 'Cost overrides',
  'ui.range.costs': 'name:value pairs of the cost model, separated by commas (e.g. refMove:5000)',
};
