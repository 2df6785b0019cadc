namespace Linkage.Kernel.Tests.Identity;

public sealed class MaskTests
{
    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("110105491231002", "110105*****1002")]
    [InlineData("12345678901", "123456*8901")]
    [InlineData("1234567890", "**********")]
    [InlineData("123", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Id_numbers_keep_the_first_six_and_last_four_characters(string? input, string masked)
    {
        Assert.Equal(masked, Mask.IdNumber(input));
    }
}
