//! Placing a table's cells on its grid: cells fill each row from the left, around the
//! columns a cell from a row above still covers (`rows: 2`). Validation uses it to find
//! rows that do not fill the grid exactly; layout uses it to know, for every row, which
//! grid columns each cell spans and which are the continuation of a vertical merge
//! (OOXML's `gridSpan` and `vMerge`).

/// Where a cell sits on the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// First grid column (0-based) and number of columns.
    pub column: usize,
    pub span: usize,
    pub kind: PlacedKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlacedKind {
    /// Cell `index` of the row, covering `rows` rows (1 when not merged down).
    Cell { index: usize, rows: usize },
    /// The continuation of a cell of a row above that covers this row too.
    Continue,
}

/// Why a part of a table does not fit its grid (rows 0-based within the part).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridError {
    /// Row `row` fills `found` of the `columns` grid columns.
    RowWidth {
        row: usize,
        found: usize,
        columns: usize,
    },
    /// Cell `index` of row `row` reaches below the last row of its part.
    PastLastRow { row: usize, index: usize },
    /// Cell `index` of row `row` spans into a column that a cell from above covers.
    Overlap { row: usize, index: usize },
}

/// Places rows of cells, each given as `(cols, rows)`, on a grid of `columns` columns.
/// Every error is reported; a row is placed as far as it fits.
pub fn place(rows: &[Vec<(usize, usize)>], columns: usize) -> (Vec<Vec<Placed>>, Vec<GridError>) {
    let mut grid = Grid::new(columns);
    let placed = rows
        .iter()
        .map(|row| grid.place_row(row.iter().copied()))
        .collect();
    (placed, grid.finish())
}

/// A grid being filled a row at a time, so that a table of 100,000 rows is placed
/// without holding every row's placement at once: what the rows above still cover, and
/// the errors found so far.
pub struct Grid {
    columns: usize,
    /// For each grid column: the merge that covers it, as (start column, span, rows left).
    covered: Vec<Option<(usize, usize, usize)>>,
    /// For each grid column: the cell (row, index) whose merge covers it.
    origin: Vec<Option<(usize, usize)>>,
    /// The row to place next.
    row: usize,
    errors: Vec<GridError>,
}

impl Grid {
    pub fn new(columns: usize) -> Grid {
        Grid {
            columns,
            covered: vec![None; columns],
            origin: vec![None; columns],
            row: 0,
            errors: Vec::new(),
        }
    }

    /// Places the next row, its cells given as `(cols, rows)`.
    pub fn place_row(&mut self, cells: impl IntoIterator<Item = (usize, usize)>) -> Vec<Placed> {
        let (columns, r) = (self.columns, self.row);
        let covered = &mut self.covered;
        let mut placed = Vec::new();
        let mut col = 0;
        let mut filled = 0;
        let mut cells = cells.into_iter().enumerate();
        loop {
            // a merge from above at this column goes first
            if col < columns
                && let Some((start, span, _)) = covered[col]
            {
                if start == col {
                    placed.push(Placed {
                        column: col,
                        span,
                        kind: PlacedKind::Continue,
                    });
                    filled += span;
                }
                col = start + span;
                continue;
            }
            let Some((index, (cols, down))) = cells.next() else {
                break;
            };
            let cols = cols.max(1);
            let down = down.max(1);
            // a cell wider than the room before the next merge is cut at it
            let room = (col..columns).take_while(|&c| covered[c].is_none()).count();
            let span = cols
                .min(room.max(1))
                .min(columns.saturating_sub(col).max(1));
            if cols > room && room < columns.saturating_sub(col) {
                self.errors.push(GridError::Overlap { row: r, index });
            }
            placed.push(Placed {
                column: col,
                span,
                kind: PlacedKind::Cell { index, rows: down },
            });
            filled += cols;
            // (a cell past the last column covers nothing: its row is said too wide)
            if down > 1 && col < columns {
                self.origin[col..col + span].fill(Some((r, index)));
                covered[col..col + span].fill(Some((col, span, down - 1)));
            }
            col += cols;
        }
        if filled != columns {
            self.errors.push(GridError::RowWidth {
                row: r,
                found: filled,
                columns,
            });
        }
        // the merges this row continued have one row less to go
        for (c, slot) in covered.iter_mut().enumerate() {
            if let Some((start, span, left)) = *slot {
                let started_here = self.origin[c].is_some_and(|(row, _)| row == r);
                if started_here {
                    continue;
                }
                *slot = (left > 1).then_some((start, span, left - 1));
            }
        }
        self.row += 1;
        placed
    }

    /// The errors of every row placed, and the merges that reach below the last one.
    pub fn finish(mut self) -> Vec<GridError> {
        let mut reported = Vec::new();
        for (c, slot) in self.covered.iter().enumerate() {
            if let (Some((start, _, _)), Some((row, index))) = (slot, self.origin[c])
                && *start == c
                && !reported.contains(&(row, index))
            {
                reported.push((row, index));
                self.errors.push(GridError::PastLastRow { row, index });
            }
        }
        self.errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(column: usize, span: usize, index: usize, rows: usize) -> Placed {
        Placed {
            column,
            span,
            kind: PlacedKind::Cell { index, rows },
        }
    }

    fn cont(column: usize, span: usize) -> Placed {
        Placed {
            column,
            span,
            kind: PlacedKind::Continue,
        }
    }

    #[test]
    fn two_header_rows_with_merges() {
        // | STT (2 rows) | Xã (2 rows) | Năm 2025 (2 cols) |
        // |              |             | Dự toán | Thực hiện |
        let rows = vec![vec![(1, 2), (1, 2), (2, 1)], vec![(1, 1), (1, 1)]];
        let (placed, errors) = place(&rows, 4);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            placed[0],
            vec![cell(0, 1, 0, 2), cell(1, 1, 1, 2), cell(2, 2, 2, 1)]
        );
        assert_eq!(
            placed[1],
            vec![cont(0, 1), cont(1, 1), cell(2, 1, 0, 1), cell(3, 1, 1, 1)]
        );
    }

    #[test]
    fn a_merge_in_the_middle_and_a_wide_one() {
        let rows = vec![
            vec![(1, 1), (2, 3), (1, 1)],
            vec![(1, 1), (1, 1)],
            vec![(1, 1), (1, 1)],
        ];
        let (placed, errors) = place(&rows, 4);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            placed[1],
            vec![cell(0, 1, 0, 1), cont(1, 2), cell(3, 1, 1, 1)]
        );
        assert_eq!(
            placed[2],
            vec![cell(0, 1, 0, 1), cont(1, 2), cell(3, 1, 1, 1)]
        );
    }

    #[test]
    fn rows_that_do_not_fill_the_grid() {
        let (_, errors) = place(
            &[vec![(1, 1), (1, 1)], vec![(1, 1), (1, 1), (1, 1), (1, 1)]],
            3,
        );
        assert_eq!(
            errors,
            vec![
                GridError::RowWidth {
                    row: 0,
                    found: 2,
                    columns: 3
                },
                GridError::RowWidth {
                    row: 1,
                    found: 4,
                    columns: 3
                },
            ]
        );
        // a row continued from above counts the merged column
        let (_, errors) = place(&[vec![(1, 2), (1, 1)], vec![(1, 1), (1, 1)]], 2);
        assert_eq!(
            errors,
            vec![GridError::RowWidth {
                row: 1,
                found: 3,
                columns: 2
            }]
        );
    }

    #[test]
    fn a_cell_that_spans_into_a_merge_from_above() {
        let rows = vec![vec![(1, 1), (1, 2), (1, 1)], vec![(2, 1), (1, 1)]];
        let (_, errors) = place(&rows, 3);
        assert_eq!(errors[0], GridError::Overlap { row: 1, index: 0 });
    }

    #[test]
    fn a_merged_cell_past_the_last_column_is_said_not_a_panic() {
        // the second cell starts where the grid ends and merges down
        let (_, errors) = place(&[vec![(1, 1), (1, 2)], vec![(1, 1)]], 1);
        assert_eq!(
            errors[0],
            GridError::RowWidth {
                row: 0,
                found: 2,
                columns: 1
            }
        );
    }

    #[test]
    fn a_merge_past_the_last_row() {
        let (_, errors) = place(&[vec![(1, 3), (1, 1)], vec![(1, 1)]], 2);
        assert_eq!(errors, vec![GridError::PastLastRow { row: 0, index: 0 }]);
    }
}
