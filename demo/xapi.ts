/**
 * The xAPI demo: the page, not the article, says who the learner is (and would give the LRS's
 * credentials the same way); every statement the quiz sends is printed from the events' details.
 */
const quiz = document.querySelector('glossa-quiz')!;
const output = document.querySelector('#statements')!;

quiz.xapiActor = { name: 'Demo Reader', account: { homePage: location.origin, name: 'demo-reader' } };
quiz.xapiAuth = 'Basic ZGVtbzpkZW1v';

const show = (event: CustomEvent<{ statements?: readonly unknown[] }>) => {
  for (const statement of event.detail.statements ?? []) output.append(`${JSON.stringify(statement, null, 2)}\n`);
};
quiz.addEventListener('glossa-answer', show);
quiz.addEventListener('glossa-complete', show);
