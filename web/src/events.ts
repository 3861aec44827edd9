/**
 * Follows a roadmap's live event stream. EventSource reconnects by itself (sending Last-Event-ID); a new run
 * (after a retry) opens a new stream that resumes after the last event seen. The stream closes on `end`.
 */
import { useEffect, useRef, useState } from 'react';
import type { RoadmapStatus } from '../../src/domain/enums.js';
import { api, type LogEntry } from './api.js';

export type Connection = 'connecting' | 'live' | 'ended';

interface Handlers {
  onLog: (entry: LogEntry) => void;
  onEnd: (status: RoadmapStatus) => void;
}

export function useRoadmapEvents(id: string, run: number, handlers: Handlers): Connection {
  const [connection, setConnection] = useState<Connection>('connecting');
  const after = useRef<string>(undefined);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const source = new EventSource(api.eventsUrl(id, after.current));
    setConnection('connecting');
    source.onopen = () => setConnection('live');
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? 'ended' : 'connecting');
    source.addEventListener('log', (ev: MessageEvent<string>) => {
      if (ev.lastEventId) after.current = ev.lastEventId;
      latest.current.onLog(JSON.parse(ev.data) as LogEntry);
    });
    source.addEventListener('end', (ev: MessageEvent<string>) => {
      source.close();
      setConnection('ended');
      latest.current.onEnd((JSON.parse(ev.data) as { status: RoadmapStatus }).status);
    });
    return () => source.close();
  }, [id, run]);

  return connection;
}
