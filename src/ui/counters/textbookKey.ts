import type { Params, ScenarioId } from '../../sim/index';

/**
 * The message key of a run's "why" note under the counters (and in the handout): the scenario's, or its
 * variant's where a parameter changes what the program does (RocketMQ's producer side, nginx's directio).
 */
export function textbookKeyOf(scenario: ScenarioId, params: Pick<Params, 'side' | 'directio'>): string {
  if (scenario === 'rocketmq-commitlog' && params.side === 'producer') return `textbook.${scenario}.producer`;
  if (scenario === 'nginx-static' && params.directio === 'on') return `textbook.${scenario}.directio`;
  return `textbook.${scenario}`;
}
