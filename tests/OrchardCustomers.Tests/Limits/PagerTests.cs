using OrchardCustomers.Host.Admin.Paging;

namespace OrchardCustomers.Tests.Limits;

public sealed class PagerTests
{
    [Theory]
    [InlineData(int.MaxValue, 20)]
    [InlineData(int.MaxValue, 100)]
    [InlineData(107374184, 20)]
    public void A_page_far_past_the_end_skips_past_every_row_instead_of_wrapping_to_page_1(int page, int size)
    {
        var pager = new Pager(page, size, 5);
        Assert.True(pager.Skip >= 5, $"Skip {pager.Skip}");
        Assert.Equal(1, pager.PageCount);
        Assert.False(pager.HasNext);
    }

    [Fact]
    public void Ordinary_pages_skip_the_rows_before_them()
    {
        Assert.Equal(40, new Pager(3, 20, 100).Skip);
        Assert.Equal(5, new Pager(3, 20, 100).PageCount);
    }
}
