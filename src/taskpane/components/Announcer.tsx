/**
 * Live regions that tell screen readers what just happened (a notice, results gone stale, a check done). They are in
 * the page from the start, as live regions must be, and out of sight: the same words are shown elsewhere.
 */
import { makeStyles } from '@fluentui/react-components';
import type { Announcement } from '../use-review';
import { VISUALLY_HIDDEN } from './visually-hidden';

const useStyles = makeStyles({ hidden: VISUALLY_HIDDEN });

export function Announcer({ announcement }: { announcement: Announcement | null }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announce-polite">
        {announcement && !announcement.urgent ? announcement.text : ''}
      </div>
      <div className={styles.hidden} aria-live="assertive" aria-atomic="true" data-testid="announce-urgent">
        {announcement && announcement.urgent ? announcement.text : ''}
      </div>
    </>
  );
}
