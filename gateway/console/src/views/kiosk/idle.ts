import { onBeforeUnmount, onMounted } from 'vue'

// Calls `leave` after `seconds` without a touch, a key or a pointer move; every input starts the count again.
export function useIdle(seconds: number, leave: () => void): void {
  let timer: number | undefined
  const events = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel']
  const restart = (): void => {
    window.clearTimeout(timer)
    timer = window.setTimeout(leave, seconds * 1000)
  }
  onMounted(() => { events.forEach((e) => window.addEventListener(e, restart, { passive: true })); restart() })
  onBeforeUnmount(() => { window.clearTimeout(timer); events.forEach((e) => window.removeEventListener(e, restart)) })
}
