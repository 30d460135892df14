import { expect } from '@open-wc/testing';
import { detectLanguage } from '../../src/draft/language.js';

describe('detectLanguage', () => {
  const samples: readonly (readonly [string, string])[] = [
    ['en', 'The council said that the bridge was closed for repairs and would open again in the spring.'],
    ['de', 'Der Rat teilte mit, dass die Brücke wegen Reparaturen gesperrt ist und im Frühjahr wieder öffnet.'],
    ['fr', 'Le conseil a dit que le pont est fermé pour des travaux et qu’il sera rouvert au printemps.'],
    ['es', 'El ayuntamiento dijo que el puente está cerrado por obras y que se abrirá de nuevo en la primavera.'],
    ['it', 'Il comune ha detto che il ponte è chiuso per lavori e che sarà riaperto in primavera con una festa.'],
    ['pt', 'A câmara disse que a ponte está fechada para obras e que não vai abrir antes da primavera.'],
    ['nl', 'De gemeente zei dat de brug gesloten is voor werkzaamheden en in het voorjaar weer open gaat.'],
    ['ru', 'Совет сообщил, что мост закрыт на ремонт и снова откроется весной.'],
    ['kk', 'Кеңес көпірдің жөндеуге жабылғанын және көктемде қайта ашылатынын хабарлады.'],
    ['uk', 'Рада повідомила, що міст закрито на ремонт і його знову відкриють навесні.'],
    ['ar', 'قال المجلس إن الجسر مغلق للإصلاح وسيفتح مرة أخرى في الربيع.'],
    ['ja', '評議会は、橋が修理のため閉鎖されており、春に再開すると述べた。'],
    ['zh', '议会表示，这座桥因维修而关闭，将于春季重新开放。'],
    ['ko', '의회는 다리가 수리를 위해 폐쇄되었으며 봄에 다시 열릴 것이라고 밝혔다.'],
    ['he', 'המועצה אמרה שהגשר סגור לתיקונים ויפתח שוב באביב.'],
    ['el', 'Το συμβούλιο είπε ότι η γέφυρα είναι κλειστή για επισκευές.'],
  ];
  for (const [lang, text] of samples) {
    it(`tells ${lang}`, () => {
      expect(detectLanguage(text)).to.equal(lang);
    });
  }

  it('goes by the script most letters are in, so English names in an Arabic text keep it Arabic', () => {
    expect(detectLanguage('قال المجلس إن NASA و ESA ستطلقان المهمة في الربيع المقبل.')).to.equal('ar');
  });

  it('says English when there is nothing to tell by', () => {
    expect(detectLanguage('')).to.equal('en');
    expect(detectLanguage('2024 — 3,000 · 42 %')).to.equal('en');
  });
});
