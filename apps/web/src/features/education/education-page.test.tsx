import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@/test/render';
import ArticlePage from './article-page';
import { articles, CONDITION_LABELS, type ConditionTag } from './articles';
import EducationPage from './education-page';

function renderLibrary(at = '/education') {
  return render(
    <MemoryRouter initialEntries={[at]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/education" element={<EducationPage />} />
        <Route path="/education/:slug" element={<ArticlePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const articleTitles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the education library', () => {
  it('has at least 12 substantial articles, at least one for every condition', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    for (const condition of Object.keys(CONDITION_LABELS) as ConditionTag[]) {
      expect(articles.some((article) => article.condition === condition)).toBe(true);
    }
    for (const article of articles) {
      const paragraphs = article.sections.flatMap((section) => section.paragraphs);
      expect(paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(paragraphs.join(' ').split(/\s+/).length).toBeGreaterThanOrEqual(250);
      expect(article.seeADoctor.length).toBeGreaterThan(0);
    }
    expect(new Set(articles.map((article) => article.slug)).size).toBe(articles.length);
  });

  it('shows every article with the not-medical-advice note', () => {
    renderLibrary();
    expect(screen.getByText('This is general information, not medical advice.')).toBeInTheDocument();
    expect(articleTitles()).toHaveLength(articles.length);
  });

  it('filters by condition', async () => {
    renderLibrary();
    await userEvent.click(screen.getByRole('button', { name: 'Thyroid' }));
    expect(screen.getByRole('button', { name: 'Thyroid' })).toHaveAttribute('aria-pressed', 'true');
    const titles = articleTitles();
    expect(titles).toEqual(articles.filter((article) => article.condition === 'thyroid').map((a) => a.title));
  });

  it('searches the text of the articles, not only the titles', async () => {
    renderLibrary();
    await userEvent.type(screen.getByLabelText('Search articles'), 'levothyroxine');
    expect(articleTitles()).toContain('Hypothyroidism: when the thyroid runs slow');
    expect(articleTitles()).not.toContain('Iron, heavy periods and anaemia');
  });

  it('when nothing matches, says so and offers to clear the search', async () => {
    renderLibrary('/education?q=zebra%20migration');
    expect(screen.getByRole('heading', { name: 'No articles match' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filter' }));
    expect(articleTitles()).toHaveLength(articles.length);
  });

  it('opens an article with its sections and when to see a doctor', async () => {
    renderLibrary('/education?condition=pms');
    await userEvent.click(screen.getByRole('link', { name: 'PMDD: when premenstrual symptoms are severe' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'PMDD: when premenstrual symptoms are severe' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How PMDD is diagnosed' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'When to see a doctor' })).toBeInTheDocument();
    expect(screen.getByText(/Tele-MANAS on 14416/)).toBeInTheDocument();
  });
});
