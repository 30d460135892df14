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

  summaryHeading: 'ماذا حدث',
  keyFactsHeading: 'حقائق أساسية',
  timelineHeading: 'التسلسل الزمني',
  moreContext: 'مزيد من السياق',
  byline: (author) => `بقلم ${author}`,
  source: 'المصدر:',
};
