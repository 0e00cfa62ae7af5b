import { Parser } from 'htmlparser2';

/** An element of a small XML tree: enough to walk an Office part, nothing more. */
export interface XmlElement {
  /** The qualified name as written, e.g. 'a:t'. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * Parses XML into a tree with htmlparser2 in XML mode: entities (&amp; &lt; &#xAC00; …) decoded, CDATA
 * read as text, comments and processing instructions left out. Forgiving: unclosed elements close at the
 * end instead of failing, so a damaged part yields what it holds.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const top = (): XmlElement => stack[stack.length - 1] ?? root;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: XmlElement = { name, attributes, children: [] };
        top().children.push(element);
        stack.push(element);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        top().children.push(text);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

/** 'a:t' → 't': Office parts use fixed prefixes, but matching on the local name does not rely on it. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && (local === undefined || localName(child.name) === local),
  );
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return childElements(element, local)[0];
}

/** The first element named `local` below `element`, depth first in document order. */
export function findDescendant(element: XmlElement, local: string): XmlElement | undefined {
  for (const child of childElements(element)) {
    if (localName(child.name) === local) return child;
    const found = findDescendant(child, local);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** All text below `element`, concatenated. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}
