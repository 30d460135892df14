/**
 * The ESLint rule `glossa/private-members`: private members are `#name`, private at run time too, with
 * one exception Lit forces. A reactive property needs the accessor Lit puts on the prototype, which a
 * `#field` cannot have, so internal reactive state (`@state()`) is a normal field marked TypeScript
 * `private`. The rule reports a `private` method or accessor, a `private` constructor parameter, a
 * `private` field that is not reactive, and internal reactive state that is left public.
 */
const propertyName = (key) =>
  key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;

/** How a field is declared reactive: `@state()`, `@property()` (state when given `state: true`), or not. */
function reactivity(member) {
  for (const { expression } of member.decorators ?? []) {
    if (expression.type !== 'CallExpression' || expression.callee.type !== 'Identifier') continue;
    if (expression.callee.name === 'state') return { state: true };
    if (expression.callee.name !== 'property') continue;
    const [options] = expression.arguments;
    const state =
      options?.type === 'ObjectExpression' &&
      options.properties.some(
        (option) =>
          option.type === 'Property' &&
          propertyName(option.key) === 'state' &&
          option.value.type === 'Literal' &&
          option.value.value === true,
      );
    return { state };
  }
  return undefined;
}

export const privateMembers = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Private members are #private, except internal reactive state, which is TypeScript private.' },
    schema: [],
    messages: {
      method: 'Make `{{name}}` a #private {{kind}}: TypeScript `private` is not private at run time.',
      parameter:
        'Declare `{{name}}` as a #private field assigned in the constructor: TypeScript `private` is not private at run time.',
      field: 'Make `{{name}}` a #private field, or declare it `@state()` if it is reactive state.',
      state: 'Mark the internal reactive state `{{name}}` (`@state()`) `private`.',
    },
  },
  create(context) {
    return {
      ClassBody(body) {
        for (const member of body.body) {
          if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
            for (const parameter of member.value.params) {
              if (parameter.type === 'TSParameterProperty' && parameter.accessibility === 'private') {
                const name = parameter.parameter.type === 'Identifier' ? parameter.parameter.name : '?';
                context.report({ node: parameter, messageId: 'parameter', data: { name } });
              }
            }
            continue;
          }
          if (member.key?.type === 'PrivateIdentifier') continue;
          const name = member.key ? propertyName(member.key) : undefined;
          if (member.type === 'MethodDefinition' && member.accessibility === 'private') {
            const kind = member.kind === 'method' ? 'method' : 'accessor';
            context.report({ node: member.key, messageId: 'method', data: { name, kind } });
          } else if (member.type === 'PropertyDefinition' && !member.static) {
            const declared = reactivity(member);
            if (member.accessibility === 'private' && !declared) {
              context.report({ node: member.key, messageId: 'field', data: { name } });
            } else if (declared?.state && (member.accessibility ?? 'public') === 'public') {
              context.report({ node: member.key, messageId: 'state', data: { name } });
            }
          }
        }
      },
    };
  },
};
