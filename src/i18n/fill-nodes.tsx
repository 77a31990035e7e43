import { Fragment, type ReactNode } from 'react';

/** Put React nodes into the `{name}` placeholders a translation left open (e.g. to mark a name's language). */
export function fillNodes(text: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const m = /^\{(\w+)\}$/.exec(part);
    return <Fragment key={i}>{m && m[1]! in nodes ? nodes[m[1]!] : part}</Fragment>;
  });
}
