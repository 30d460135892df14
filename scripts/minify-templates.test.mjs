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

  it('drops the zero before a decimal point and the space before !important, and nothing of other numbers', () => {
    assert.equal(
      minifyCss('a { margin: 0.5rem 10.5px -0.2em calc(1px * 0.5); color: rgb(0 0 0 / 0.12) !important; b: x0.5 }'),
      'a{margin:.5rem 10.5px -0.2em calc(1px * .5);color:rgb(0 0 0 / .12)!important;b:x0.5}',
    );
  });

  it('unquotes attribute selector values that are identifiers, and no other quoted text', () => {
    assert.equal(
      minifyCss(`[part~='title'], [dir="rtl"] [part='a b'], [x='1a'] { content: '[part="y"]'; }`),
      `[part~=title],[dir=rtl] [part='a b'],[x='1a']{content:'[part="y"]'}`,
    );
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
