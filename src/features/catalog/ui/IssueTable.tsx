/**
 * Problems in a file, each with the JSON path it is at (an import's errors,
 * an export's warnings); a problem of the whole document has an empty path
 * and shows `wholeLabel` instead. The column headers come from the caller,
 * whose namespace has them.
 */
import type { Issue } from '../../../model/issues';

export interface IssueTableProps {
  issues: readonly Issue[];
  pathHeader: string;
  problemHeader: string;
  wholeLabel: string;
}

export function IssueTable({ issues, pathHeader, problemHeader, wholeLabel }: IssueTableProps) {
  return (
    <table className="issue-table">
      <thead>
        <tr>
          <th scope="col">{pathHeader}</th>
          <th scope="col">{problemHeader}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={index}>
            <td>
              <code>{issue.path || wholeLabel}</code>
            </td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
