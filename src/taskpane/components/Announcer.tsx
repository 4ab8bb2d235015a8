/**
 * Live regions that tell screen readers what just happened (a notice, results gone stale, a check done). They are in
 * the page from the start, as live regions must be, and out of sight: the same words are shown elsewhere.
 */
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

import type { Announcement } from '../use-review';

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
