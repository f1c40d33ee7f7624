import { describe, expect, it } from 'vitest'
import type { ImportView } from './api'
import { fileKey, fileProblem, importStep, MAX_BYTES, mayImport, problemCodeKey, problemPage } from './importing'

const clean: ImportView = {
  communityId: 'c1', dryRun: true, written: false, rows: 2, unitsToCreate: 2, unitsUnchanged: 0, buildingsToCreate: ['9号楼'],
  unitsCreated: 0, buildingsCreated: 0, problemCount: 0, problems: [],
}
const file = { name: 'units.xlsx', size: 2048, lastModified: 1 }
const key = fileKey(file)

describe('the import may run only after a clean dry run of the same file', () => {
  it('before any check: choose and check', () => {
    expect(importStep(null, null, key)).toBe('choose')
    expect(mayImport(null, null, key)).toBe(false)
  })
  it('a clean dry run of this file: ready', () => {
    expect(importStep(clean, key, key)).toBe('ready')
    expect(mayImport(clean, key, key)).toBe(true)
  })
  it('a dry run of another file does not count', () => {
    const other = fileKey({ ...file, lastModified: 2 })
    expect(mayImport(clean, key, other)).toBe(false)
    expect(importStep(clean, key, other)).toBe('choose')
    expect(mayImport(clean, key, null)).toBe(false)
  })
  it('problems, or nothing new, keep it disabled', () => {
    const bad = { ...clean, problemCount: 1, problems: [{ row: 3, column: '建筑面积', code: 'not-a-number', message: 'x' }] }
    expect(importStep(bad, key, key)).toBe('problems')
    expect(mayImport(bad, key, key)).toBe(false)
    expect(importStep({ ...clean, unitsToCreate: 0, unitsUnchanged: 2 }, key, key)).toBe('nothingNew')
    expect(mayImport({ ...clean, unitsToCreate: 0 }, key, key)).toBe(false)
  })
  it('once imported it is not imported again', () => {
    const done = { ...clean, dryRun: false, written: true, unitsCreated: 2 }
    expect(importStep(done, key, key)).toBe('imported')
    expect(mayImport(done, key, key)).toBe(false)
  })
})

describe('files and problems', () => {
  it('takes XLSX files up to 10 MB', () => {
    expect(fileProblem(null)).toBe('none')
    expect(fileProblem({ name: 'units.XLSX', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'units.xls', size: 10 })).toBe('notXlsx')
    expect(fileProblem({ name: 'units.xlsx', size: 0 })).toBe('emptyFile')
    expect(fileProblem({ name: 'units.xlsx', size: MAX_BYTES + 1 })).toBe('tooLarge')
  })
  it('labels the codes it knows, in camel case; others show as they are', () => {
    expect(problemCodeKey('not-a-number')).toBe('estate.importCode.notANumber')
    expect(problemCodeKey('interior-larger-than-building')).toBe('estate.importCode.interiorLargerThanBuilding')
    expect(problemCodeKey('something-new')).toBeNull()
  })
  it('pages the problems', () => {
    const problems = Array.from({ length: 120 }, (_, i) => ({ row: i + 2, column: null, code: 'missing-value', message: '' }))
    expect(problemPage(problems, 1, 50).map((p) => p.row)[0]).toBe(2)
    expect(problemPage(problems, 3, 50)).toHaveLength(20)
    expect(problemPage(problems, 3, 50)[0].row).toBe(102)
  })
})
