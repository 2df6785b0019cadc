using Linkage.Documents;
using Linkage.Documents.Model;
using Linkage.Kernel;
using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>The 通报 of a month: the children of the assessed region ranked (regions, then its own units, windows and departments), the rules
/// it was scored with, and whether it is published. One A4 page; a long list ends with a pointer to the JSON.</summary>
public static class AssessmentNotice
{
    private const int MaxRows = 24;
    private static readonly string[] Kinds = [ScoredSubject.Region, ScoredSubject.Unit, ScoredSubject.Window, ScoredSubject.Department];

    private static string Label(string kind) => kind switch
    {
        ScoredSubject.Region => "区域",
        ScoredSubject.Window => "窗口",
        ScoredSubject.Department => "部门",
        _ => "单位",
    };

    public static PrintDocument Of(AssessmentResult r, DateTimeOffset? publishedAt)
    {
        var children = r.Subjects.Where(s => s.Parent == r.Division)
            .OrderBy(s => Array.IndexOf(Kinds, s.Kind)).ThenBy(s => s.Rank).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var fields = children.Take(MaxRows)
            .Select(s => new DocumentField($"{Label(s.Kind)} 第{s.Rank}名", $"{s.Key}　{s.Score}分　{s.Grade}"))
            .ToList();
        var (w, d, g) = (r.Terms.Weights, r.Terms.Deductions, r.Terms.Grades);
        var paragraphs = new List<string>
        {
            $"考核范围：{r.Division}及其下级，共{r.Subjects.Count(s => s.Kind == ScoredSubject.Region)}个区域、{r.Subjects.Count(s => s.Kind == ScoredSubject.Unit)}个办件单位、{r.Subjects.Count(s => s.Kind == ScoredSubject.Window)}个受理窗口、{r.Subjects.Count(s => s.Kind == ScoredSubject.Department)}个审查部门。",
            $"计分（千分制）：按时办结{w.OnTime}分，提前办结{w.Early}分，满意度{w.Satisfaction}分，整改及时{w.Rectification}分，督办响应{w.OrderResponse}分，网办深度{w.OnlineDepth}分。",
            $"扣分：红牌每张{d.RedCard}分，黄牌每张{d.YellowCard}分，超期办结每件{d.Overdue}分。等级：优秀{g.Excellent}分以上，良好{g.Good}分以上，合格{g.Pass}分以上，其余不合格。",
        };
        if (children.Count > MaxRows) paragraphs.Add($"另有{children.Count - MaxRows}项排名见电子通报（JSON）。");
        var footer = publishedAt is { } at ? $"发布日期：{ChineseDates.Format(ChinaTime.ToLocalDate(at))}" : "草稿，未发布";
        return new PrintDocument($"{Year(r.Month)}政务服务千分制考核通报", fields, paragraphs, Footer: footer);
    }

    private static string Year(string month) => $"{month[..4]}年{int.Parse(month[5..])}月";
}
