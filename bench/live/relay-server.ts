import { createServer } from 'node:http';
import { zLiveClientMessage } from '@alongside/shared';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * The benchmark's baseline: the same sockets and the same zod-validated messages, relayed in
 * memory with no database, no authorization and no event log. The live server's figures are
 * reported as ratios to this.
 */
const port = Number(process.env.PORT ?? 0);
const rooms = new Map<string, { members: Set<WebSocket>; seq: number }>();
const server = createServer((_req, res) => res.writeHead(404).end());
const wss = new WebSocketServer({ server, path: '/api/live', maxPayload: 64 * 1024 });

wss.on('connection', (socket) => {
  const joined = new Set<string>();
  socket.on('message', (data) => {
    const parsed = zLiveClientMessage.safeParse(JSON.parse(data.toString()));
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.type === 'subscribe') {
      const room = rooms.get(m.participantId) ?? { members: new Set(), seq: 0 };
      rooms.set(m.participantId, room);
      room.members.add(socket);
      joined.add(m.participantId);
      socket.send(JSON.stringify({ type: 'subscribed', participantId: m.participantId, seq: room.seq }));
    } else if (m.type === 'command') {
      const room = rooms.get(m.participantId);
      if (!room) return;
      room.seq += 1;
      socket.send(JSON.stringify({ type: 'ack', clientOpId: m.clientOpId, seq: room.seq, ids: [] }));
      const event = JSON.stringify({
        type: 'events',
        participantId: m.participantId,
        events: [{ seq: room.seq, command: m.command }],
      });
      for (const member of room.members) member.send(event);
    }
  });
  socket.on('close', () => {
    for (const id of joined) rooms.get(id)?.members.delete(socket);
  });
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`relay listening on ${typeof address === 'object' && address ? address.port : port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
