import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
// Registers <glossa-quiz>; CUSTOM_ELEMENTS_SCHEMA lets the template use it and bind its properties.
import 'glossa/quiz';
import type { GlossaCompleteDetail, GlossaCompleteEvent } from 'glossa';
import { seed } from './seed';

/** The seed article's quiz, two questions of it; `[article]` sets the property, `(glossa-complete)` listens. */
@Component({
  selector: 'glossa-angular-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main class="app">
      <h1>Glossa in Angular</h1>
      <glossa-quiz
        [article]="article"
        layout="list"
        questions="trigger who-sent-troops"
        (glossa-complete)="showResult($any($event))"
      ></glossa-quiz>
      <p class="result" role="status">
        @if (result(); as result) {
          Angular saw glossa-complete: {{ result.score }} of {{ result.total }} right ({{ result.percent }}%)
        } @else {
          Quiz not finished yet
        }
      </p>
    </main>
  `,
})
export class AppComponent {
  protected readonly article = seed;
  protected readonly result = signal<GlossaCompleteDetail | null>(null);

  protected showResult(event: GlossaCompleteEvent) {
    this.result.set(event.detail);
  }
}
