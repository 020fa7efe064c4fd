import type { Params, ScenarioId } from '../../sim/index';

/**
 * The message key of a run's "why" note under the counters (and in the handout): the scenario's, or its
 * variant's where a parameter changes what the program does (RocketMQ's producer side).
 */
export function textbookKeyOf(scenario: ScenarioId, params: Pick<Params, 'side'>): string {
  if (scenario === 'rocketmq-commitlog' && params.side === 'producer') return `textbook.${scenario}.producer`;
  return `textbook.${scenario}`;
}
