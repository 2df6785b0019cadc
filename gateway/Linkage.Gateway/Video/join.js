// 远程视频联审 join page: plain WebRTC on Janus's HTTP API with the join ticket's token only (no Janus secret
// ever reaches the browser). Link: /video/join.html#session=<id>; the staff's bearer token is in
// sessionStorage "linkage.token" (set by the console). Publishes audio first (mid "0", see mute moderation).
"use strict";
(() => {
  const statusEl = document.getElementById("status");
  const say = (text) => { statusEl.textContent = text; };
  const params = new URLSearchParams(location.hash.slice(1));
  const state = { ticket: null, session: null, handles: {}, pc: null, stream: null, muted: false, left: false };
  window.linkageVideo = state;

  const tx = () => Math.random().toString(36).slice(2);
  async function janus(path, body) {
    const response = await fetch(state.ticket.janusUrl + path, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...body, transaction: tx(), token: state.ticket.token }),
    });
    const answer = await response.json();
    if (answer.janus === "error") throw new Error(`Janus ${answer.error.code}: ${answer.error.reason}`);
    return answer;
  }

  async function ticket() {
    const response = await fetch(`/api/video-review/sessions/${params.get("session")}/join`, {
      method: "POST", headers: { Authorization: `Bearer ${sessionStorage.getItem("linkage.token")}` },
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(response.status === 503 ? "视频服务暂不可用，请稍后再试。" : (problem.detail || `无法入会（${response.status}）`));
    }
    return response.json();
  }

  function gathered(pc) {
    if (pc.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((resolve) => {
      pc.addEventListener("icegatheringstatechange", () => pc.iceGatheringState === "complete" && resolve());
      setTimeout(resolve, 3000);
    });
  }

  async function attach(onEvent) {
    const answer = await janus(`/${state.session}`, { janus: "attach", plugin: "janus.plugin.videoroom" });
    state.handles[answer.data.id] = onEvent;
    return answer.data.id;
  }

  const message = (handle, body, jsep) => janus(`/${state.session}/${handle}`, { janus: "message", body, ...(jsep ? { jsep } : {}) });

  async function poll() {
    while (!state.left) {
      try {
        const url = `${state.ticket.janusUrl}/${state.session}?maxev=10&token=${encodeURIComponent(state.ticket.token)}&rid=${Date.now()}`;
        const events = await (await fetch(url)).json();
        for (const event of [].concat(events)) {
          const handler = state.handles[event.sender];
          if (handler) await handler(event);
        }
      } catch (e) {
        if (!state.left) { say(`连接中断：${e.message}`); await new Promise((r) => setTimeout(r, 1000)); }
      }
    }
  }

  async function publish(handle) {
    state.stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    document.getElementById("local-video").srcObject = state.stream;
    const pc = state.pc = new RTCPeerConnection({ iceServers: [] });
    for (const track of [...state.stream.getAudioTracks(), ...state.stream.getVideoTracks()]) pc.addTrack(track, state.stream);
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    await message(handle, { request: "configure", audio: true, video: true }, { type: "offer", sdp: pc.localDescription.sdp });
  }

  async function subscribe(feed) {
    const pc = new RTCPeerConnection({ iceServers: [] });
    const figure = document.createElement("figure");
    figure.dataset.feed = feed.id;
    figure.innerHTML = `<video autoplay playsinline muted></video><figcaption></figcaption>`;
    figure.querySelector("figcaption").textContent = feed.display || "参会人";
    document.getElementById("videos").appendChild(figure);
    pc.ontrack = (e) => { figure.querySelector("video").srcObject = e.streams[0] || new MediaStream([e.track]); };
    const handle = await attach(async (event) => {
      if (!event.jsep || event.jsep.type !== "offer") return;
      await pc.setRemoteDescription(event.jsep);
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered(pc);
      await message(handle, { request: "start", room: state.ticket.roomId }, { type: "answer", sdp: pc.localDescription.sdp });
    });
    await message(handle, { request: "join", ptype: "subscriber", room: state.ticket.roomId, pin: state.ticket.pin,
      streams: [{ feed: feed.id }], token: state.ticket.token });
  }

  const seen = new Set();
  async function publishers(list) {
    for (const feed of list || []) {
      if (seen.has(feed.id) || feed.id === state.ticket.feedId) continue;
      seen.add(feed.id);
      await subscribe(feed);
    }
  }

  async function onPublisherEvent(event) {
    const data = event.plugindata && event.plugindata.data;
    if (event.jsep && event.jsep.type === "answer") { await state.pc.setRemoteDescription(event.jsep); say("已入会，正在发布音视频。"); }
    if (!data) return;
    if (data.error) { say(`入会失败：${data.error}`); return; }
    if (data.videoroom === "joined") { await publish(event.sender); await publishers(data.publishers); }
    if (data.videoroom === "event" && data.publishers) await publishers(data.publishers);
    if (data.videoroom === "event" && (data.leaving || data.unpublished)) {
      const gone = data.leaving || data.unpublished;
      document.querySelectorAll(`figure[data-feed="${gone}"]`).forEach((f) => f.remove());
    }
    if (data.videoroom === "event" && data.kicked === state.ticket.feedId) leave("您已被主持人移出会议。");
  }

  async function leave(text) {
    if (state.left) return;
    state.left = true;
    if (state.stream) state.stream.getTracks().forEach((t) => t.stop());
    if (state.pc) state.pc.close();
    try { await janus(`/${state.session}`, { janus: "destroy" }); } catch { /* gone already */ }
    say(text || "已离开会议。");
    document.getElementById("mute").disabled = document.getElementById("leave").disabled = true;
  }

  document.getElementById("mute").addEventListener("click", (e) => {
    state.muted = !state.muted;
    state.stream.getAudioTracks().forEach((t) => { t.enabled = !state.muted; });
    e.target.textContent = state.muted ? "取消静音" : "静音";
  });
  document.getElementById("leave").addEventListener("click", () => leave());

  (async () => {
    try {
      state.ticket = await ticket();
      // Told before recording starts: the room records each stream from the moment it is published, after this notice.
      document.getElementById("recording").textContent = state.ticket.recorded
        ? "请注意：本次会议全程录音录像，录像经哈希校验后作为审批证据留存。"
        : "本次会议不录音录像。";
      say("正在连接视频服务…");
      state.session = (await janus("", { janus: "create" })).data.id;
      const handle = await attach(onPublisherEvent);
      poll();
      await message(handle, { request: "join", ptype: "publisher", room: state.ticket.roomId, pin: state.ticket.pin,
        id: state.ticket.feedId, display: state.ticket.display, token: state.ticket.token });
      document.getElementById("mute").disabled = document.getElementById("leave").disabled = false;
    } catch (e) {
      say(e.message);
    }
  })();
})();
