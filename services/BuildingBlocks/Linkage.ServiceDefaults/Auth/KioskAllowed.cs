namespace Linkage.ServiceDefaults.Auth;

/// <summary>Endpoint metadata: a kiosk (自助终端) session may call this endpoint. Every other endpoint that needs a
/// signed-in caller is closed to kiosks (<see cref="KioskFence"/>, decision 0452).</summary>
public sealed class KioskAllowed;
