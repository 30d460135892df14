import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapseHtml, minifyCss } from './minify-templates.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace CSS ignores', () => {
    assert.equal(
      minifyCss('\n  /* why */\n  a,\n  b {\n    color: red;\n    margin: 0 auto;\n  }\n'),
      ' a,b{color:red;margin:0 auto}',
    );
  });

  it('drops a comment holding an apostrophe and still minifies what follows, and keeps /* inside a string', () => {
    assert.equal(
      minifyCss("/* the quiz's marks */\n  a {\n    color: red;\n  }\n  b { content: '/* x */'; }"),
      " a{color:red}b{content:'/* x */'}",
    );
  });

  it('keeps the space of a descendant combinator before a pseudo-class, and quoted text as written', () => {
    assert.equal(minifyCss("a :focus { content: 'a ,  b;' }"), "a :focus{content:'a ,  b;'}");
  });
});

describe('collapseHtml', () => {
  it('collapses indentation to one space and leaves text on one line alone', () => {
    assert.equal(collapseHtml('<p>\n      <span>a</span>  <b>b</b>\n    </p>'), '<p> <span>a</span>  <b>b</b> </p>');
  });

  it('leaves line breaks inside quoted attribute values alone', () => {
    assert.equal(collapseHtml('<p title="a\n  b">\n</p>'), '<p title="a\n  b"> </p>');
  });
});
