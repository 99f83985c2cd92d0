import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/ui/modal.tsx';
import { RadioGroup } from '../shared/ui/radio-group.tsx';
import { savedScheme, setScheme, type Scheme } from '../shared/lib/theme.ts';

function isScheme(v: string): v is Scheme {
  return v === 'light' || v === 'dark' || v === 'system';
}

/** "Paramètres d'affichage": light, dark or the system's scheme, remembered on the device. */
export function DisplaySettings({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [scheme, setLocalScheme] = useState<Scheme>(savedScheme);
  return (
    <Modal
      id="display-settings"
      title={t('display.title')}
      closeLabel={t('display.close')}
      open={open}
      onClose={onClose}
    >
      <RadioGroup
        name="scheme"
        legend={t('display.legend')}
        options={[
          { value: 'light', label: t('display.light') },
          { value: 'dark', label: t('display.dark') },
          { value: 'system', label: t('display.system'), hint: t('display.systemHint') },
        ]}
        value={scheme}
        onChange={(v) => {
          if (!isScheme(v)) return;
          setLocalScheme(v);
          setScheme(v);
        }}
      />
    </Modal>
  );
}
