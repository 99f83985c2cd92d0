import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shared/ui/language-switch.tsx';
import { LANGUAGES, isLanguage, rememberLanguage } from '../shared/i18n/languages.ts';

export function LanguageTool() {
  const { t, i18n } = useTranslation();
  return (
    <LanguageSwitch
      current={i18n.resolvedLanguage ?? i18n.language}
      options={LANGUAGES}
      buttonTitle={t('language.select')}
      onChange={(code) => {
        if (!isLanguage(code)) return;
        rememberLanguage(code);
        void i18n.changeLanguage(code);
      }}
    />
  );
}
