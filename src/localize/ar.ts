import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('ar');

export const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ تحميل المقال…',
  errorTitle: 'لا يمكن عرض هذا المقال.',
  errorInvalid: (count) =>
    plural('ar', count, {
      zero: 'لا توجد مشكلات في بيانات المقال:',
      one: 'في بيانات المقال مشكلة واحدة:',
      two: 'في بيانات المقال مشكلتان:',
      few: `في بيانات المقال ${number(count)} مشكلات:`,
      many: `في بيانات المقال ${number(count)} مشكلة:`,
      other: `في بيانات المقال ${number(count)} مشكلة:`,
    }),
  errorHttp: (status) => `ردّ الخادم بالخطأ ${status} عند طلب بيانات المقال.`,
  errorNetwork: 'تعذّر تنزيل بيانات المقال. تحقّق من الاتصال وحاول مرة أخرى.',
  errorTimeout: 'استغرق وصول بيانات المقال وقتًا طويلًا.',
  errorAborted: 'انقطع تنزيل بيانات المقال.',
  errorNotJson: 'العنوان المحدّد لبيانات المقال لا يعيد JSON.',
  errorBadUrl: 'العنوان المحدّد لبيانات المقال ليس عنوان http(s)‎ ولا عنوانًا نسبيًا.',
  errorNoSource:
    'لم يُحدَّد أي مقال: عيّن الخاصية article، أو أضف نص JSON، أو السمة src أو for، ' +
    'أو ضع العنصر داخل <glossa-article>.',
  errorMissingProvider: (id) => `لا يوجد <glossa-article id="${id}"> في هذه الصفحة.`,
  moreProblems: (count) =>
    plural('ar', count, {
      one: 'ومشكلة أخرى',
      two: 'ومشكلتان أخريان',
      few: `و${number(count)} مشكلات أخرى`,
      other: `و${number(count)} مشكلة أخرى`,
    }),
  retry: 'إعادة المحاولة',

  evidenceIntro: 'في المقال:',
  evidenceParagraph: (number) => `الفقرة ${number}`,
  evidenceFigure: (number) => `الشكل ${number}`,

  summaryHeading: 'ماذا حدث',
  keyFactsHeading: 'حقائق أساسية',
  timelineHeading: 'التسلسل الزمني',
  plannedEvent: 'مخطط له',
  moreContext: 'مزيد من السياق',
  byline: (author) => `بقلم ${author}`,
  source: 'المصدر:',
  license: 'الترخيص:',
  quotesHeading: 'ماذا قالوا',
  aboutNumber: (number) => `نحو ${number}`,

  quizHeading: 'اختبر فهمك',
  quizMissing: 'لا يوجد اختبار لهذا المقال.',
  quizUnknownQuestions: (count, ids) =>
    plural('ar', count, {
      one: `لا يتضمن هذا الاختبار السؤال ${ids}.`,
      two: `لا يتضمن هذا الاختبار السؤالين ${ids}.`,
      other: `لا يتضمن هذا الاختبار الأسئلة ${ids}.`,
    }),
  quizNoQuestions: 'لا يتضمن هذا الاختبار أيًّا من الأسئلة المطلوبة.',
  questionOf: (number, total) => `السؤال ${number} من ${total}`,
  previous: 'السابق',
  next: 'التالي',
  seeResults: 'عرض النتائج',
  checkAnswer: 'تحقّق من الإجابة',
  checking: 'جارٍ التحقق…',
  answerFirst: 'أجب عن السؤال أولًا.',
  progressNotKept: 'لا يمكن حفظ إجاباتك على هذا الجهاز: ستضيع إذا غادرت الصفحة أو أعدت تحميلها.',
  correct: 'إجابة صحيحة',
  incorrect: 'إجابة خاطئة',
  notAnswered: 'بلا إجابة',
  questionChecked: (number, verdict) => `السؤال ${number}: ${verdict}.`,
  rightAnswer: 'الإجابة الصحيحة:',
  rightAnswerSealed: 'مختومة: هذه الصفحة لا تحتويها.',
  markRight: 'الإجابة الصحيحة',
  markWrong: 'إجابة خاطئة',
  trueLabel: 'صواب',
  falseLabel: 'خطأ',
  blank: 'فراغ',
  moveUp: (item) => `نقل «${item}» إلى الأعلى`,
  moveDown: (item) => `نقل «${item}» إلى الأسفل`,
  movedTo: (item, position, total) => `أصبح «${item}» الآن في الموضع ${position} من ${total}.`,
  choose: 'اختر…',
  showInArticle: 'عرض في المقال',
  resultsHeading: 'نتيجتك',
  scoreLine: (score, total, count, percent) =>
    plural('ar', count, {
      one: `الإجابات الصحيحة: ${score} من سؤال واحد (${percent})`,
      two: `الإجابات الصحيحة: ${score} من سؤالين (${percent})`,
      few: `الإجابات الصحيحة: ${score} من ${total} أسئلة (${percent})`,
      many: `الإجابات الصحيحة: ${score} من ${total} سؤالًا (${percent})`,
      other: `الإجابات الصحيحة: ${score} من ${total} سؤال (${percent})`,
    }),
  passedLine: (passMark) => `نجحت: درجة النجاح ${passMark}.`,
  notPassedLine: (passMark) => `لم تنجح بعد: درجة النجاح ${passMark}.`,
  reviewQuestion: (number) => `السؤال ${number}`,
  retryWrong: (count) =>
    plural('ar', count, {
      one: 'إعادة محاولة الإجابة الخاطئة',
      two: 'إعادة محاولة الإجابتين الخاطئتين',
      few: `إعادة محاولة ${number(count)} إجابات خاطئة`,
      other: `إعادة محاولة ${number(count)} إجابة خاطئة`,
    }),
  startOver: 'البدء من جديد',
  answerKeyHeading: 'مفتاح الإجابات',
  whosWhoHeading: 'مَن هو مَن',
  peopleHeading: 'الأشخاص',
  organizationsHeading: 'المنظمات',
  placesHeading: 'الأماكن',
  eventsHeading: 'الأحداث',
  worksHeading: 'الأعمال',
  objectsHeading: 'الأشياء',
  termsHeading: 'المصطلحات',
  searchLabel: 'البحث في الأسماء والمناصب',
  entryCount: (total) =>
    plural('ar', total, {
      zero: 'لا توجد مداخل',
      one: 'مدخل واحد',
      two: 'مدخلان',
      few: `${number(total)} مداخل`,
      many: `${number(total)} مدخلًا`,
      other: `${number(total)} مدخل`,
    }),
  entryMatches: (shown, total) =>
    plural('ar', total, {
      one: `${number(shown)} من مدخل واحد`,
      two: `${number(shown)} من مدخلين`,
      few: `${number(shown)} من ${number(total)} مداخل`,
      many: `${number(shown)} من ${number(total)} مدخلًا`,
      other: `${number(shown)} من ${number(total)} مدخل`,
    }),
  noEntryMatches: (query) => `لا توجد مداخل تطابق «${query}».`,
  mentionedIn: (count) =>
    plural('ar', count, { one: 'ورد في الفقرة', two: 'ورد في الفقرتين', other: 'ورد في الفقرات' }),
  imageCredit: 'الصورة:',
  relation: (relation, name) => `${relation} ${name}`,
  skipPast: (name) => `تخطَّ «${name}»`,
  endOf: (name) => `نهاية «${name}»`,
  moreIn: (name) => `المزيد في «${name}»`,
};
