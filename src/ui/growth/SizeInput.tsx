import { useState } from 'react';
import { parseSize } from '../../sim/index';
import { sizeText } from '../../url/growthLink';
import { Field } from './Field';

/**
 * A size typed as a person would ("4k", "64m", "1g"): committed when it parses and is within [min, max]
 * (on change of focus or Enter), otherwise marked invalid and the chart keeps its last value.
 */
export function SizeInput(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(value: number): void;
}) {
  const [text, setText] = useState(sizeText(props.value));
  // A new value from outside (the axis switched, a committed edit): the field shows it.
  const [shownValue, setShownValue] = useState(props.value);
  if (shownValue !== props.value) {
    setShownValue(props.value);
    setText(sizeText(props.value));
  }
  const parsed = parseSize(text);
  const valid = parsed !== undefined && parsed >= props.min && parsed <= props.max;
  const commit = () => {
    if (valid && parsed !== props.value) props.onCommit(parsed);
  };
  return (
    <Field label={props.label}>
      {(id) => (
        <input
          id={id}
          type="text"
          inputMode="text"
          size={6}
          value={text}
          aria-invalid={!valid}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </Field>
  );
}
