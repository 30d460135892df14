import { expect } from '@open-wc/testing';
import { withFormulaGuard, withoutFormulaGuard } from '../../src/formats/csv/formula-guard.js';

describe('the CSV formula guard', () => {
  it('puts a quote before each cell a spreadsheet could run: =, +, -, @, a tab or a carriage return first', () => {
    for (const text of ['=SUM(A1)', '+1', '-5 degrees', '@home', '\tindented', '\rreturn'])
      expect(withFormulaGuard(text), JSON.stringify(text)).to.equal(`'${text}`);
  });

  it('leaves other cells alone, a formula character further in included', () => {
    for (const text of ['Tokayev', 'a = b', '5-4', 'e-mail@x', '', ' =padded', "it's"])
      expect(withFormulaGuard(text), JSON.stringify(text)).to.equal(text);
  });

  it('quotes once more a cell whose quotes already come before a formula character', () => {
    expect(withFormulaGuard("'=x")).to.equal("''=x");
    expect(withFormulaGuard("''+y")).to.equal("'''+y");
    expect(withFormulaGuard("'quoted")).to.equal("'quoted");
  });

  it('takes off exactly the quote it put on, and nothing from other cells', () => {
    for (const text of ['=mc2', '-57 °C', "'=x", "''+y", '@', 'plain', "'quoted", "'", ''])
      expect(withoutFormulaGuard(withFormulaGuard(text)), JSON.stringify(text)).to.equal(text);
    expect(withoutFormulaGuard("'plain")).to.equal("'plain");
    expect(withoutFormulaGuard('-5')).to.equal('-5');
    expect(withoutFormulaGuard('a=b'), 'no quote to take off').to.equal('a=b');
  });
});
