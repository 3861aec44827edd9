/**
 * A Mermaid diagram from its source. Mermaid is large, so it is imported only when a diagram is on screen;
 * while loading, and if the source does not parse or render, the source is shown as code instead.
 */
import { useEffect, useState } from 'react';

let seq = 0;

export function Mermaid({ code }: { code: string }) {
  const [svg, setSvg] = useState<string>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const id = `mermaid-${++seq}`;
    setSvg(undefined);
    setFailed(false);
    (async () => {
      const { default: mermaid } = await import('mermaid');
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', logLevel: 'fatal' });
      // Parse first so invalid source falls back quietly instead of rendering mermaid's error picture.
      if (!(await mermaid.parse(code, { suppressErrors: true }))) throw new Error('invalid mermaid source');
      const { svg } = await mermaid.render(id, code);
      if (live) setSvg(svg);
    })().catch(() => {
      // A failed render can leave its scratch element behind.
      document.getElementById(`d${id}`)?.remove();
      if (live) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [code]);

  if (svg && !failed) return <div className="mermaid" role="img" dangerouslySetInnerHTML={{ __html: svg }} />;
  return (
    <pre className="mermaid-source" aria-busy={failed ? undefined : true}>
      <code className="language-mermaid">{code}</code>
    </pre>
  );
}
