namespace Linkage.Hall.Features.Windows;

public sealed record TransferRequest(string? AreaCode);
