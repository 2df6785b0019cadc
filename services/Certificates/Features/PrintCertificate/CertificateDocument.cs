using Linkage.Certificates.Features.Shared;
using Linkage.Documents;
using Linkage.Kernel;
using Linkage.Documents.Model;

namespace Linkage.Certificates.Features.PrintCertificate;

/// <summary>A licence as printed: type, number, holder (ID masked), matter, issuer, validity, identifier, and the QR
/// code with the verification payload; a merged licence lists each leg's filing (identifier and seal) that <c>GET /api/certificates/verify?qr=</c> checks.</summary>
public static class CertificateDocument
{
    public static PrintDocument For(CertificateView c) => new(
        c.TypeName,
        [.. Fields(c)],
        ["本证照为电子证照，由发证机关以国密 SM2/SM3 电子印章签章，与纸质证照具有同等效力。",
            "扫描右下角二维码或凭证照标识在政务服务平台核验真伪与状态。"],
        new DocumentQrCode(c.QrPayload!, "扫码核验证照"),
        $"证照标识 {c.Identifier}");

    private static IEnumerable<DocumentField> Fields(CertificateView c)
    {
        yield return new("证照编号", c.Number);
        yield return new("持证主体", $"{c.Applicant.Name}（{c.Applicant.MaskedId}）");
        if (c.HolderCreditCode is { } code) yield return new("统一社会信用代码", code);
        yield return new("许可事项", $"{c.MatterName}（{c.MatterCode}）");
        yield return new("发证机关代码", c.IssuerCreditCode);
        yield return new("发证日期", ChineseDates.Format(c.IssuedOn));
        yield return new("有效期限", c.ValidUntil is { } until
            ? $"{ChineseDates.Format(c.ValidFrom)}至{ChineseDates.Format(until)}"
            : $"{ChineseDates.Format(c.ValidFrom)}起长期有效");
        yield return new("版本", c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("办件编号", c.CaseNumber);
        foreach (var leg in c.Legs)
            yield return new("备案事项", $"{leg.MatterName}（{leg.MatterCode}，{leg.ImplementationCode}）"
                + $" 审批部门 {string.Join("、", leg.ApprovingDepartments)} 于{ChineseDates.Format(ChinaTime.ToLocalDate(leg.ApprovedAt))}批准");
        yield return new("证照标识", c.Identifier);
    }
}
