// Small DOM helpers. Everything that reaches the page from a pack or from
// storage goes through textContent: pack text is shown as text, never as HTML.

/** @param {string} id @returns {HTMLElement} */
export const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Creates an element with attributes and text or child nodes.
 * @param {string} tag
 * @param {Record<string, string|boolean>} [attributes]
 * @param {(Node|string)[]} [children] strings become text nodes
 */
export function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Replaces a node's children with the given ones. */
export function fill(node, children) {
  node.replaceChildren(...children);
}
