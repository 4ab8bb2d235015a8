/** A last line of defence: an unexpected rendering error shows a plain message, never a blank pane. */
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode; locale: 'zh-CN' | 'en-US' }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const zh = this.props.locale === 'zh-CN';
    return (
      <div role="alert" style={{ padding: 16, lineHeight: 1.6 }}>
        <p>{zh ? '审核面板出现意外错误。请关闭后重新打开面板；工作簿没有被修改。' : 'The review pane hit an unexpected error. Close and reopen the pane; the workbook was not changed.'}</p>
        <p style={{ opacity: 0.7, fontSize: 12 }}>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {zh ? '重试' : 'Try again'}
        </button>
      </div>
    );
  }
}
