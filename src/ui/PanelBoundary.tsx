import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** When this changes (e.g. the step), a failed panel tries again. */
  readonly resetKey: string | number;
  readonly message: string;
  readonly children: ReactNode;
}

/** Keeps one failing panel from taking the whole app down; shows the error as plain text. */
export class PanelBoundary extends Component<Props, { error: Error | null; key: Props['resetKey'] }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: Props['resetKey'] }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <p className="panel-error" role="status">
        {this.props.message} {this.state.error.message}
      </p>
    );
  }
}
