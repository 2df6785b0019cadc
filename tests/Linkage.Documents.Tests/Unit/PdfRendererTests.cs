using Linkage.Documents;
using Linkage.Documents.Model;
using Linkage.Testing;

namespace Linkage.Documents.Tests;

public sealed class PdfRendererTests
{
    private const string StatusUrl = "https://zwfw.example.gov.cn/status/3201152026112200001";

    private static readonly PrintDocument Slip = new(
        "受理通知书",
        [new("案件编号", "320115-20261122-00001"), new("申请人", "张三（320115********1234）"), new("事项", "个体工商户设立登记")],
        ["经审查，您提交的申请材料齐全、符合法定形式，本机关决定予以受理。", "请于承诺期限届满后到窗口领取办理结果。"],
        new DocumentQrCode(StatusUrl, "扫码查询办理进度"),
        "南京市江宁区政务服务中心");

    [Fact]
    public async Task Chinese_text_is_extractable_from_the_rendered_pdf()
    {
        var pdf = new PdfRenderer(CjkFont.DefaultPath).Render(Slip);

        var text = await PdfInspection.TextAsync(pdf);

        Assert.StartsWith("%PDF-1.7", System.Text.Encoding.ASCII.GetString(pdf, 0, 8));
        foreach (var expected in new[] { "受理通知书", "320115-20261122-00001", "个体工商户设立登记", "本机关决定予以受理", "扫码查询办理进度" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task The_cjk_font_is_embedded_as_a_subset()
    {
        var pdf = new PdfRenderer(CjkFont.DefaultPath).Render(Slip);

        var fonts = (await PdfInspection.FontsAsync(pdf)).Split('\n').Where(l => l.Contains("CID TrueType")).ToList();

        var font = Assert.Single(fonts);
        Assert.Matches(@"^[A-Z]{6}\+wqy-zenhei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", font);
        Assert.InRange(pdf.Length, 1_000, 300_000);
    }

    [Fact]
    public async Task The_qr_code_decodes_to_the_payload()
    {
        var pdf = new PdfRenderer(CjkFont.DefaultPath).Render(Slip);

        var codes = await PdfInspection.QrCodesAsync(pdf);

        Assert.Equal([StatusUrl], codes);
    }

    [Fact]
    public void A_missing_font_is_a_clear_error_naming_the_setting_and_the_package()
    {
        var renderer = new PdfRenderer("/nonexistent/font.ttf");

        var error = Assert.Throws<DocumentFontMissingException>(() => renderer.Render(Slip));

        Assert.Contains(CjkFont.ConfigurationKey, error.Message);
        Assert.Contains("fonts-wqy-zenhei", error.Message);
    }

    [Fact]
    public void A_cff_outline_font_is_refused_with_a_clear_error()
    {
        var noto = Directory.EnumerateFiles("/usr/share/fonts/opentype/noto", "NotoSansCJK-Regular.ttc").Single();

        var error = Assert.Throws<InvalidDataException>(() => new PdfRenderer(noto).EnsureFont());

        Assert.Contains("not a TrueType-outline font", error.Message);
    }
}
